package org.jgan.core.distribution;

import java.util.SplittableRandom;
import org.jgan.core.config.ConfigException;

/**
 * The uniform distribution U(a, b); spec {@code uniform(a,b)}.
 *
 * <p>density(x) = 1 / (b − a) on [a, b] and 0 elsewhere; its edges a and b are declared as breakpoints so
 * that quadrature never straddles a jump.
 */
public final class Uniform implements UnivariateDistribution {
    private final double a;
    private final double b;

    /**
     * @param a the lower end, finite
     * @param b the upper end, finite and &gt; a
     */
    public Uniform(double a, double b) {
        if (!Double.isFinite(a)) {
            throw new ConfigException("uniform(a, b): a", "a finite number", a);
        }
        if (!Double.isFinite(b) || !(b > a)) {
            throw new ConfigException("uniform(a, b): b", "a finite number > a = " + Specs.number(a), b);
        }
        this.a = a;
        this.b = b;
    }

    /** The lower end. */
    public double lower() {
        return a;
    }

    /** The upper end. */
    public double upper() {
        return b;
    }

    @Override
    public double[] sample(int n, SplittableRandom random) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = a + (b - a) * random.nextDouble();
        }
        return out;
    }

    @Override
    public double density(double x) {
        return x >= a && x <= b ? 1 / (b - a) : 0;
    }

    @Override
    public double logDensity(double x) {
        return x >= a && x <= b ? -Math.log(b - a) : Double.NEGATIVE_INFINITY;
    }

    @Override
    public double cdf(double x) {
        if (x <= a) {
            return 0;
        }
        return x >= b ? 1 : (x - a) / (b - a);
    }

    @Override
    public double quantile(double p) {
        if (p <= 0) {
            return a;
        }
        return p >= 1 ? b : a + p * (b - a);
    }

    @Override
    public double[] breakpoints() {
        return new double[] {a, b};
    }

    @Override
    public double[] centres() {
        return new double[] {0.5 * (a + b)};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Uniform other && other.a == a && other.b == b;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(a) * 31 + Double.hashCode(b);
    }

    @Override
    public String toString() {
        return "uniform(" + Specs.number(a) + "," + Specs.number(b) + ")";
    }
}
