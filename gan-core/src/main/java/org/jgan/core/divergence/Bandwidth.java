package org.jgan.core.divergence;

/**
 * Rules of thumb for the bandwidth h of a Gaussian kernel density estimate from n samples (Silverman 1986,
 * "Density Estimation", Section 3.4.2; Scott 1992, "Multivariate Density Estimation", Section 6.2).
 *
 * <p>Both minimise the asymptotic mean integrated squared error when the data are normal, which gives
 * h = (4/3)^(1/5) σ n^(−1/5) ≈ 1.06 σ n^(−1/5). The integrated squared bias is then of order h⁴ and the
 * integrated variance of order 1/(nh).
 */
public enum Bandwidth {
    /** Silverman's robust rule h = 0.9 · min(σ̂, IQR/1.34) · n^(−1/5): narrower for skewed or multimodal data. */
    SILVERMAN {
        @Override
        double of(double[] sorted) {
            double spread = Math.min(std(sorted), interquartileRange(sorted) / 1.34);
            return 0.9 * (spread > 0 ? spread : std(sorted)) * Math.pow(sorted.length, -0.2);
        }
    },
    /** Scott's normal-reference rule h = 1.06 · σ̂ · n^(−1/5). */
    SCOTT {
        @Override
        double of(double[] sorted) {
            return 1.06 * std(sorted) * Math.pow(sorted.length, -0.2);
        }
    };

    /** The bandwidth for samples sorted in ascending order (at least two). */
    abstract double of(double[] sorted);

    private static double std(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double sum = 0;
        for (double v : x) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / (x.length - 1));
    }

    private static double interquartileRange(double[] sorted) {
        return orderQuantile(sorted, 0.75) - orderQuantile(sorted, 0.25);
    }

    /** The sample p-quantile by linear interpolation between order statistics. */
    static double orderQuantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
