package org.jgan.core.distribution;

import java.util.SplittableRandom;
import org.apache.commons.math3.special.Erf;
import org.jgan.core.config.Check;
import org.jgan.core.config.ConfigException;

/**
 * The normal distribution N(mean, std²); spec {@code normal(mean,std)}.
 *
 * <p>density(x) = exp(-(x - mean)² / (2 std²)) / (std √(2π)).
 */
public final class Normal implements UnivariateDistribution {
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    private final double mean;
    private final double std;

    /**
     * @param mean the mean
     * @param std  the standard deviation, &gt; 0
     */
    public Normal(double mean, double std) {
        if (!Double.isFinite(mean)) {
            throw new ConfigException("normal(mean, std): mean", "a finite number", mean);
        }
        this.mean = mean;
        this.std = Check.positive("normal(mean, std): std", std);
    }

    /** The mean. */
    public double mean() {
        return mean;
    }

    /** The standard deviation. */
    public double std() {
        return std;
    }

    @Override
    public double[] sample(int n, SplittableRandom random) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = mean + std * Gaussians.next(random);
        }
        return out;
    }

    @Override
    public double density(double x) {
        return Math.exp(logDensity(x));
    }

    @Override
    public double logDensity(double x) {
        double u = (x - mean) / std;
        return -0.5 * u * u - Math.log(std) - LOG_SQRT_2PI;
    }

    @Override
    public double cdf(double x) {
        return 0.5 * Erf.erfc(-(x - mean) / (std * Math.sqrt(2)));
    }

    @Override
    public double quantile(double p) {
        if (p <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p >= 1) {
            return Double.POSITIVE_INFINITY;
        }
        return mean + std * Math.sqrt(2) * Erf.erfInv(2 * p - 1);
    }

    @Override
    public double[] centres() {
        return new double[] {mean};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Normal other && other.mean == mean && other.std == std;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(mean) * 31 + Double.hashCode(std);
    }

    @Override
    public String toString() {
        return "normal(" + Specs.number(mean) + "," + Specs.number(std) + ")";
    }
}
