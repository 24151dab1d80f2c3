package org.jgan.experiments.metrics;

import java.util.List;
import java.util.Locale;

/**
 * Mean Parzen log-likelihood of one set of points for each bandwidth σ of a grid, and the best σ: the first
 * maximum, as {@code numpy.argmax} picks it in {@code parzen_ll.py}.
 *
 * @param sigmas             the bandwidths, in the order tried
 * @param meanLogLikelihoods the mean log-likelihood (nats) for each
 */
public record SigmaSweep(List<Double> sigmas, List<Double> meanLogLikelihoods) {
    /** Copies both lists. */
    public SigmaSweep {
        sigmas = List.copyOf(sigmas);
        meanLogLikelihoods = List.copyOf(meanLogLikelihoods);
    }

    /** Index of the first largest mean. */
    public int bestIndex() {
        int best = 0;
        for (int k = 1; k < meanLogLikelihoods.size(); k++) {
            if (meanLogLikelihoods.get(k) > meanLogLikelihoods.get(best)) {
                best = k;
            }
        }
        return best;
    }

    /** The bandwidth with the largest mean. */
    public double bestSigma() {
        return sigmas.get(bestIndex());
    }

    /** The largest mean. */
    public double bestMeanLogLikelihood() {
        return meanLogLikelihoods.get(bestIndex());
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("SigmaSweep(");
        for (int k = 0; k < sigmas.size(); k++) {
            text.append(k == 0 ? "" : ", ").append(String.format(Locale.ROOT, "σ=%.4g: %.2f", sigmas.get(k),
                    meanLogLikelihoods.get(k)));
        }
        return text.append("; best σ=").append(String.format(Locale.ROOT, "%.4g", bestSigma())).append(')').toString();
    }
}
