package org.jgan.core.distribution;

/**
 * A distribution on the real line, with what quadrature and plotting need: the CDF, quantiles, and the
 * points where the density is not smooth.
 */
public interface UnivariateDistribution extends Distribution {
    @Override
    default int dimension() {
        return 1;
    }

    /** The density at x. */
    double density(double x);

    @Override
    default double density(double... x) {
        return density(x[0]);
    }

    /** The log-density at x. */
    default double logDensity(double x) {
        return Math.log(density(x));
    }

    @Override
    default double logDensity(double... x) {
        return logDensity(x[0]);
    }

    /** P(X &lt;= x). */
    double cdf(double x);

    /** The p-quantile, 0 &lt; p &lt; 1 (0 and 1 give the support's ends, possibly infinite). */
    double quantile(double p);

    /**
     * Points where the density or its derivative jumps (uniform edges, the Laplace peak, a mixture's
     * components' breakpoints); quadrature splits its range there. Empty for smooth densities.
     */
    default double[] breakpoints() {
        return new double[0];
    }

    /** Points around which the mass concentrates (means, mixture component means); quadrature splits there too. */
    default double[] centres() {
        return new double[] {quantile(0.5)};
    }
}
