package org.jgan.experiments.plot;

import org.jgan.core.config.ConfigException;

/**
 * The configuration of one axis: its label, whether it is logarithmic, an optional fixed range, and how
 * an automatic range is fitted to the data.
 *
 * @param label the axis label ("" for none)
 * @param log   whether the axis is log10-scaled
 * @param lo    the fixed lower end, or NaN for automatic
 * @param hi    the fixed upper end, or NaN for automatic
 * @param fit   how an automatic range hugs the data
 */
record Axis(String label, boolean log, double lo, double hi, Fit fit) {
    /** Margin on each side of a {@link Fit#PADDED} range, as a fraction of the data span. */
    static final double PADDING = 0.05;
    /** Half-width of the range around a constant value v, as a fraction of |v| (or 1 when v = 0). */
    static final double DEGENERATE_HALF_WIDTH = 0.1;

    /** How an automatic range is fitted to [min, max] of the data. */
    enum Fit {
        /** Exactly [min, max]: for a line plot's x axis. */
        TIGHT,
        /** [min, max] widened by {@link #PADDING} on each side: for scatter plots. */
        PADDED,
        /** Widened to the enclosing nice ticks: for a line plot's y axis. */
        NICE
    }

    /** An axis with no label and an automatic range. */
    static Axis automatic(Fit fit) {
        return new Axis("", false, Double.NaN, Double.NaN, fit);
    }

    Axis withLabel(String text) {
        return new Axis(text == null ? "" : text, log, lo, hi, fit);
    }

    Axis withLog() {
        return new Axis(label, true, lo, hi, fit);
    }

    /** This axis with the fixed range [from, to]; {@code field} names the setting in error messages. */
    Axis withRange(String field, double from, double to) {
        if (!Double.isFinite(from) || !Double.isFinite(to) || !(from < to)) {
            throw new ConfigException(field, "two finite numbers lo < hi", from + ", " + to);
        }
        return new Axis(label, log, from, to, fit);
    }

    boolean hasFixedRange() {
        return !Double.isNaN(lo);
    }

    /** The label, scale type and fixed range, for a figure's {@code toString()}. */
    String describe() {
        return "'" + label + "'" + (log ? " log" : "") + (hasFixedRange() ? " [" + lo + ", " + hi + "]" : "");
    }

    /** Whether {@code value} can be placed on an axis of this kind. */
    static boolean drawable(double value, boolean log) {
        return Double.isFinite(value) && (!log || value > 0);
    }

    /** A fresh extent that collects only the values this axis can draw. */
    Extent newExtent() {
        return new Extent(log);
    }

    /** Checks a fixed range against the scale type; called when the plot is drawn, after all settings. */
    void validate(String field) {
        if (log && hasFixedRange() && !(lo > 0)) {
            throw new ConfigException(field, "a range with lo > 0 on a log-scale axis", lo + ", " + hi);
        }
    }

    /** The scale for this axis given the data it shows, aiming at {@code target} ticks. */
    Scale resolve(Extent data, int target) {
        if (hasFixedRange()) {
            return log ? Scale.logarithmic(lo, hi, target) : Scale.linear(lo, hi, NiceTicks.within(lo, hi, target));
        }
        double min = data.isEmpty() ? (log ? 1 : 0) : data.min();
        double max = data.isEmpty() ? (log ? 10 : 1) : data.max();
        if (log) {
            double decadeLo = Math.pow(10, Math.floor(Math.log10(min)));
            double decadeHi = Math.pow(10, Math.ceil(Math.log10(max)));
            return decadeLo < decadeHi ? Scale.logarithmic(decadeLo, decadeHi, target)
                    : Scale.logarithmic(decadeLo / 10, decadeHi * 10, target);
        }
        if (min == max) {
            double halfWidth = min == 0 ? 1 : Math.abs(min) * DEGENERATE_HALF_WIDTH;
            min -= halfWidth;
            max += halfWidth;
        }
        switch (fit) {
            case TIGHT:
                return Scale.linear(min, max, NiceTicks.within(min, max, target));
            case PADDED:
                double margin = PADDING * (max - min);
                return Scale.linear(min - margin, max + margin, NiceTicks.within(min - margin, max + margin, target));
            default:
                NiceTicks nice = NiceTicks.covering(min, max, target);
                return Scale.linear(nice.first(), nice.last(), nice);
        }
    }
}
