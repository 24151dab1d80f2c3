package org.jgan.experiments.metrics;

/**
 * The first two moments of a list of numbers, accumulated in double in two passes (the mean first, then the
 * squares around it, which keeps the sum of squares accurate when the spread is small beside the mean):
 * mean = (1/n) Σ v_i and squaredDeviations = Σ (v_i − mean)². Standard errors and standard deviations divide the
 * second by n or n − 1 as their definitions say.
 *
 * @param mean              the mean
 * @param squaredDeviations Σ (v_i − mean)²
 * @param count             n &gt;= 1
 */
public record Moments(double mean, double squaredDeviations, int count) {
    /** The moments of {@code values}, at least one. */
    public static Moments of(double[] values) {
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
        return new Moments(mean, squares, n);
    }
}
