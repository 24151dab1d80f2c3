package org.jgan.core.distribution;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.jgan.core.config.ConfigException;

/**
 * An equal-weight mixture of isotropic Gaussians in the plane, density(x) = (1/M) Σ_k N(x; μ_k, σ² I): the
 * distribution behind the {@link Ring} and {@link Grid} benchmarks, which only place the modes. The log-density is
 * a log-sum-exp over the modes, so it stays finite between far-apart narrow modes.
 *
 * <p>Two instances are equal when they have the same modes in the same order and the same σ; {@code toString()}
 * is the spec the instance was made from, e.g. {@code ring(8,1,0.01)}.
 */
public final class GaussianModes implements ModalDistribution {
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private final String spec;
    private final double[][] modes;
    private final double std;
    private final double logNormaliser;

    /**
     * @param spec  the spec that names this distribution, e.g. {@code ring(8,1,0.01)}
     * @param modes the centres μ_k, two coordinates each (kept, not copied)
     * @param std   σ &gt; 0 (the factories check it, naming their own parameter)
     */
    GaussianModes(String spec, double[][] modes, double std) {
        this.spec = spec;
        this.modes = modes;
        this.std = std;
        this.logNormaliser = -Math.log(modes.length) - LOG_2PI - 2 * Math.log(std);
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double[][] modes() {
        double[][] copy = new double[modes.length][];
        for (int k = 0; k < modes.length; k++) {
            copy[k] = modes[k].clone();
        }
        return copy;
    }

    @Override
    public double modeStd() {
        return std;
    }

    @Override
    public double[] sample(int n, SplittableRandom random) {
        double[] out = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double[] mode = modes[random.nextInt(modes.length)];
            out[2 * i] = mode[0] + std * Gaussians.next(random);
            out[2 * i + 1] = mode[1] + std * Gaussians.next(random);
        }
        return out;
    }

    @Override
    public double density(double... x) {
        return Math.exp(logDensity(x));
    }

    @Override
    public double logDensity(double... x) {
        if (x.length != 2) {
            throw new ConfigException("point", "2 coordinates", x.length + " coordinates");
        }
        double[] exponents = new double[modes.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < modes.length; k++) {
            double dx = (x[0] - modes[k][0]) / std;
            double dy = (x[1] - modes[k][1]) / std;
            exponents[k] = -0.5 * (dx * dx + dy * dy);
            max = Math.max(max, exponents[k]);
        }
        double sum = 0;
        for (double e : exponents) {
            sum += Math.exp(e - max);
        }
        return logNormaliser + max + Math.log(sum);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GaussianModes other && other.std == std && Arrays.deepEquals(other.modes, modes);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(modes) * 31 + Double.hashCode(std);
    }

    @Override
    public String toString() {
        return spec;
    }
}
