package org.jgan.core.distribution;

import java.util.SplittableRandom;
import org.jgan.core.config.Check;
import org.jgan.core.config.ConfigException;

/**
 * The Laplace distribution with location m and scale b; spec {@code laplace(m,b)}.
 *
 * <p>density(x) = exp(−|x − m| / b) / (2b). The peak at m is a kink, declared as a breakpoint for quadrature.
 * Sampling inverts the CDF, so every sample costs one uniform variate.
 */
public final class Laplace implements UnivariateDistribution {
    private final double location;
    private final double scale;

    /**
     * @param location the location m (the median and the mode)
     * @param scale    the scale b &gt; 0 (the variance is 2b²)
     */
    public Laplace(double location, double scale) {
        if (!Double.isFinite(location)) {
            throw new ConfigException("laplace(m, b): m", "a finite number", location);
        }
        this.location = location;
        this.scale = Check.positive("laplace(m, b): b", scale);
    }

    /** The location m. */
    public double location() {
        return location;
    }

    /** The scale b. */
    public double scale() {
        return scale;
    }

    @Override
    public double[] sample(int n, SplittableRandom random) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double u;
            do {
                u = random.nextDouble();
            } while (u == 0);
            out[i] = quantile(u);
        }
        return out;
    }

    @Override
    public double density(double x) {
        return Math.exp(logDensity(x));
    }

    @Override
    public double logDensity(double x) {
        return -Math.abs(x - location) / scale - Math.log(2 * scale);
    }

    @Override
    public double cdf(double x) {
        double z = (x - location) / scale;
        return z < 0 ? 0.5 * Math.exp(z) : 1 - 0.5 * Math.exp(-z);
    }

    @Override
    public double quantile(double p) {
        if (p <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p >= 1) {
            return Double.POSITIVE_INFINITY;
        }
        return p < 0.5 ? location + scale * Math.log(2 * p) : location - scale * Math.log(2 - 2 * p);
    }

    @Override
    public double[] breakpoints() {
        return new double[] {location};
    }

    @Override
    public double[] centres() {
        return new double[] {location};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Laplace other && other.location == location && other.scale == scale;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(location) * 31 + Double.hashCode(scale);
    }

    @Override
    public String toString() {
        return "laplace(" + Specs.number(location) + "," + Specs.number(scale) + ")";
    }
}
