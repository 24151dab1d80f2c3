package org.jgan.experiments.mixture;

import java.util.Locale;
import org.jgan.experiments.metrics.Moments;

/**
 * The mean and spread of one number over a run's seeds, as the mode-collapse papers report them ("6.3 ± 0.5"):
 * mean = (1/n) Σ v_i and the sample standard deviation √(Σ (v_i − mean)² / (n − 1)), the spread of a single seed's
 * result (not the standard error of the mean). One seed has no spread: NaN.
 *
 * @param mean  the mean over seeds
 * @param std   the sample standard deviation over seeds (n − 1 in the denominator)
 * @param count the number of seeds n
 */
public record SeedSpread(double mean, double std, int count) {
    /** The spread of {@code values}, one per seed, at least one ({@link Moments}). */
    public static SeedSpread of(double[] values) {
        Moments moments = Moments.of(values);
        int n = moments.count();
        double std = n > 1 ? Math.sqrt(moments.squaredDeviations() / (n - 1)) : Double.NaN;
        return new SeedSpread(moments.mean(), std, n);
    }

    /** "6.30 ± 0.50" with {@code decimals} decimals, or "6.30 (one seed)". */
    public String format(int decimals) {
        String number = "%." + decimals + "f";
        return String.format(Locale.ROOT, number, mean) + (count > 1
                ? String.format(Locale.ROOT, " ± " + number, std) : " (one seed)");
    }

    @Override
    public String toString() {
        return format(2);
    }
}
