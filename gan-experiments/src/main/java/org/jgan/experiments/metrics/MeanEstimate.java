package org.jgan.experiments.metrics;

import java.util.Locale;

/**
 * A sample mean with its standard error, as {@code parzen_ll.py} reports them (Goodfellow et al. 2014, Table 1:
 * "± is the standard error of the mean over test examples"): mean = (1/n) Σ v_i and
 * standardError = std / √n with the population std √((1/n) Σ (v_i − mean)²) (numpy's default, ddof = 0).
 *
 * @param mean          the mean
 * @param standardError std / √n
 * @param count         n
 */
public record MeanEstimate(double mean, double standardError, int count) {
    /** The mean and standard error of {@code values}, at least one ({@link Moments}). */
    public static MeanEstimate of(double[] values) {
        Moments moments = Moments.of(values);
        int n = moments.count();
        return new MeanEstimate(moments.mean(), Math.sqrt(moments.squaredDeviations() / n) / Math.sqrt(n), n);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.2f ± %.2f (n = %d)", mean, standardError, count);
    }
}
