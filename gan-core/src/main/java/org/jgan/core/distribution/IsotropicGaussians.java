package org.jgan.core.distribution;

import java.util.SplittableRandom;
import org.jgan.core.config.Check;
import org.jgan.core.config.ConfigException;

/**
 * The arithmetic shared by the modal benchmarks: sampling and evaluating (1/M) Σ_k N(x; μ_k, σ² I) in the
 * plane. The log-density is a log-sum-exp over the modes, so it stays finite between far-apart narrow modes.
 */
final class IsotropicGaussians {
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private final double[][] modes;
    private final double std;
    private final double logNormaliser;

    IsotropicGaussians(String name, double[][] modes, double std) {
        this.modes = modes;
        this.std = Check.positive(name + ": std", std);
        this.logNormaliser = -Math.log(modes.length) - LOG_2PI - 2 * Math.log(std);
    }

    double[][] modes() {
        double[][] copy = new double[modes.length][];
        for (int k = 0; k < modes.length; k++) {
            copy[k] = modes[k].clone();
        }
        return copy;
    }

    double std() {
        return std;
    }

    double[] sample(int n, SplittableRandom random) {
        double[] out = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double[] mode = modes[random.nextInt(modes.length)];
            out[2 * i] = mode[0] + std * Gaussians.next(random);
            out[2 * i + 1] = mode[1] + std * Gaussians.next(random);
        }
        return out;
    }

    double logDensity(double[] x) {
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
}
