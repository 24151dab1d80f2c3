package org.jgan.experiments.plot;

/** The smallest and largest drawable values seen so far on one axis (NaN, ±∞ and, on log axes, v ≤ 0 skipped). */
final class Extent {
    private final boolean log;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    Extent(boolean log) {
        this.log = log;
    }

    void include(double value) {
        if (Axis.drawable(value, log)) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
    }

    boolean isEmpty() {
        return min > max;
    }

    double min() {
        return min;
    }

    double max() {
        return max;
    }
}
