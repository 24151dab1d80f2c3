package org.jgan.experiments.mixture;

import java.util.Locale;

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
    /** The spread of {@code values}, one per seed, accumulated in double in two passes. */
    public static SeedSpread of(double[] values) {
        int n = values.length;
        if (n == 0) {
            throw new IllegalArgumentException("no values to summarise");
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return new SeedSpread(mean, n > 1 ? Math.sqrt(squares / (n - 1)) : Double.NaN, n);
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
