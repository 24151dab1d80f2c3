package org.jgan.core.divergence;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.DoubleStream;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.jgan.core.distribution.UnivariateDistribution;

/**
 * An f-divergence D_f(P ‖ Q) = ∫ q(x) f(p(x) / q(x)) dx for a convex f (Csiszár; Nowozin et al. 2016, Eq. 2),
 * by adaptive Gauss–Legendre quadrature.
 *
 * <p>The range is cut at the 1e-13 and 1 - 1e-13 quantiles of both densities and split at their centres and
 * breakpoints, so that narrow peaks and kinks fall on panel edges. Where q underflows to 0 while p does not,
 * the integrand is its limit {@code p · f'(∞)}, given as {@code slopeAtInfinity} (0 when f grows
 * sub-linearly... infinite for KL, whose divergence is then infinite).
 */
public final class FDivergence implements Divergence {
    /** Relative accuracy asked of each quadrature panel. */
    public static final double RELATIVE_ACCURACY = 1e-12;
    /** Absolute accuracy asked of each quadrature panel. */
    public static final double ABSOLUTE_ACCURACY = 1e-14;
    /** Mass left out in each tail of each density. */
    public static final double TAIL_MASS = 1e-13;

    private final String name;
    private final DoubleUnaryOperator f;
    private final double slopeAtInfinity;

    /**
     * @param name            the divergence's name
     * @param f               the generator f, convex with f(1) = 0 (or a constant shift of such an f)
     * @param slopeAtInfinity lim_{u→∞} f(u)/u, the integrand's factor where q = 0 &lt; p
     */
    public FDivergence(String name, DoubleUnaryOperator f, double slopeAtInfinity) {
        this.name = name;
        this.f = f;
        this.slopeAtInfinity = slopeAtInfinity;
    }

    @Override
    public String name() {
        return name;
    }

    /** The generator f. */
    public double f(double u) {
        return f.applyAsDouble(u);
    }

    @Override
    public double between(UnivariateDistribution p, UnivariateDistribution q) {
        double[] cuts = panelEdges(p, q);
        IterativeLegendreGaussIntegrator integrator =
                new IterativeLegendreGaussIntegrator(16, RELATIVE_ACCURACY, ABSOLUTE_ACCURACY, 2, 64);
        double total = 0;
        for (int i = 0; i + 1 < cuts.length; i++) {
            if (cuts[i + 1] > cuts[i]) {
                total += integrator.integrate(Integer.MAX_VALUE, x -> integrand(p.density(x), q.density(x)),
                        cuts[i], cuts[i + 1]);
            }
        }
        return total;
    }

    private double integrand(double pd, double qd) {
        if (qd > 0) {
            return qd * f.applyAsDouble(pd / qd);
        }
        return pd > 0 ? pd * slopeAtInfinity : 0;
    }

    /** The sorted, distinct quadrature panel edges for a pair of densities. */
    static double[] panelEdges(UnivariateDistribution p, UnivariateDistribution q) {
        double lo = Math.min(p.quantile(TAIL_MASS), q.quantile(TAIL_MASS));
        double hi = Math.max(p.quantile(1 - TAIL_MASS), q.quantile(1 - TAIL_MASS));
        return DoubleStream.of(concat(new double[] {lo, hi}, p.breakpoints(), q.breakpoints(), p.centres(),
                        q.centres()))
                .filter(x -> x >= lo && x <= hi).sorted().distinct().toArray();
    }

    private static double[] concat(double[]... arrays) {
        return Arrays.stream(arrays).flatMapToDouble(Arrays::stream).toArray();
    }

    @Override
    public String toString() {
        return "FDivergence(" + name + ")";
    }
}
