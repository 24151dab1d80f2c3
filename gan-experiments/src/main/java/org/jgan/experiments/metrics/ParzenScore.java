package org.jgan.experiments.metrics;

import java.util.Locale;

/**
 * The outcome of the Parzen window protocol: the σ sweep on the selection images, the chosen σ, and the test
 * log-likelihood with its standard error, the number Table 1 of Goodfellow et al. 2014 reports (225 ± 2 nats for
 * the adversarial net on MNIST).
 *
 * @param selection          the sweep that chose σ
 * @param sigma              the chosen bandwidth
 * @param testLogLikelihoods log p(x) of each test point at σ (nats), in the order of the test points
 */
public record ParzenScore(SigmaSweep selection, double sigma, double[] testLogLikelihoods) {
    /** The mean log-likelihood of the test points (nats) ± its standard error. */
    public MeanEstimate test() {
        return MeanEstimate.of(testLogLikelihoods);
    }

    @Override
    public String toString() {
        MeanEstimate test = test();
        return String.format(Locale.ROOT, "%.2f ± %.2f nats (σ = %.4g, %d test points)", test.mean(),
                test.standardError(), sigma, test.count());
    }
}
