package org.jgan.core.distribution;

import java.util.function.DoubleUnaryOperator;

/** Quantiles of a continuous CDF by bisection, for the distributions whose CDF has no closed-form inverse. */
final class Bisection {
    private Bisection() {
    }

    /**
     * The x in [lo, hi] with cdf(x) = p, to the last representable bit: halves the bracket until its midpoint
     * equals one of its ends, so at most about 64 steps for a bracket within one binade and never more than
     * about 2,100.
     *
     * @param cdf a non-decreasing function with cdf(lo) &lt;= p &lt;= cdf(hi)
     */
    static double quantile(DoubleUnaryOperator cdf, double p, double lo, double hi) {
        double a = lo;
        double b = hi;
        while (true) {
            double mid = 0.5 * (a + b);
            if (mid <= a || mid >= b) {
                return mid;
            }
            if (cdf.applyAsDouble(mid) < p) {
                a = mid;
            } else {
                b = mid;
            }
        }
    }
}
