package org.jgan.experiments.metrics;

/**
 * An independent, deliberately plain evaluation of the Parzen log-likelihood: double loops over every coordinate,
 * the distance as Σ (x_k − μ_k)² (no expansion, no GEMM), and logmeanexp with the maximum subtracted, as in
 * {@code parzen_ll.py}.
 */
final class ParzenReference {
    private ParzenReference() {
    }

    /** log p(x_i) for each σ (first index) and point (second index). */
    static double[][] logLikelihoods(double[][] centres, double[][] points, double[] sigmas) {
        int m = centres.length;
        int d = points[0].length;
        double[][] result = new double[sigmas.length][points.length];
        double[] distances = new double[m];
        for (int i = 0; i < points.length; i++) {
            for (int j = 0; j < m; j++) {
                double sum = 0;
                for (int k = 0; k < d; k++) {
                    double diff = points[i][k] - centres[j][k];
                    sum += diff * diff;
                }
                distances[j] = sum;
            }
            for (int s = 0; s < sigmas.length; s++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < m; j++) {
                    max = Math.max(max, -distances[j] / (2 * sigmas[s] * sigmas[s]));
                }
                double sum = 0;
                for (int j = 0; j < m; j++) {
                    sum += Math.exp(-distances[j] / (2 * sigmas[s] * sigmas[s]) - max);
                }
                result[s][i] = max + Math.log(sum / m) - d * Math.log(sigmas[s] * Math.sqrt(2 * Math.PI));
            }
        }
        return result;
    }
}
