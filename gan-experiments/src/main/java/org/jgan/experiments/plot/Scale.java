package org.jgan.experiments.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * A resolved axis: its data range, whether it is logarithmic, and its tick values and labels.
 *
 * <p>A value v maps to the fraction (v − lo) / (hi − lo) of the axis length, or on a log axis to
 * (log10 v − log10 lo) / (log10 hi − log10 lo); values outside the domain (v ≤ 0 on a log axis) map to NaN.
 */
final class Scale {
    private static final double LOG_EPSILON = 1e-9;
    private static final int[][] MANTISSAS = {{1, 2, 5}, {1, 2, 3, 4, 5, 6, 7, 8, 9}};
    /**
     * Minor ticks at 2..9 × 10^k are drawn while the axis spans at most this many decades; when only every
     * other (or n-th) decade is labelled, the skipped decades get minor ticks instead.
     */
    private static final double MINOR_TICK_DECADES = 8;

    final double lo;
    final double hi;
    final boolean log;
    final double[] ticks;
    final String[] labels;
    final double[] minorTicks;

    private Scale(double lo, double hi, boolean log, double[] ticks, String[] labels, double[] minorTicks) {
        this.lo = lo;
        this.hi = hi;
        this.log = log;
        this.ticks = ticks;
        this.labels = labels;
        this.minorTicks = minorTicks;
    }

    /** A linear axis over [lo, hi] with the given ticks. */
    static Scale linear(double lo, double hi, NiceTicks nice) {
        double[] values = nice.values();
        return new Scale(lo, hi, false, values, TickLabels.linear(values, nice.step()), new double[0]);
    }

    /** A log axis over [lo, hi] (0 &lt; lo &lt; hi): ticks at powers of ten, or at 1-2-5 inside one decade. */
    static Scale logarithmic(double lo, double hi, int target) {
        double a = Math.log10(lo);
        double b = Math.log10(hi);
        int firstDecade = (int) Math.ceil(a - LOG_EPSILON);
        int lastDecade = (int) Math.floor(b + LOG_EPSILON);
        if (lastDecade > firstDecade) {
            int stride = Math.max(1, (int) Math.ceil((lastDecade - firstDecade) / (double) (target - 1)));
            List<Double> values = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (int k = Math.floorDiv(firstDecade + stride - 1, stride) * stride; k <= lastDecade; k += stride) {
                values.add(Math.pow(10, k));
                labels.add(TickLabels.powerOfTen(k));
            }
            double[] minor = stride > 1 ? skippedDecades(firstDecade, lastDecade, stride)
                    : b - a <= MINOR_TICK_DECADES ? minorTicks(lo, hi) : new double[0];
            return new Scale(lo, hi, true, toArray(values), labels.toArray(String[]::new), minor);
        }
        for (int[] mantissas : MANTISSAS) {
            List<Double> values = mantissaTicks(lo, hi, mantissas);
            if (values.size() >= 3) {
                return new Scale(lo, hi, true, toArray(values),
                        values.stream().map(TickLabels::plain).toArray(String[]::new), new double[0]);
            }
        }
        NiceTicks nice = NiceTicks.within(lo, hi, target);
        double[] values = nice.values();
        return new Scale(lo, hi, true, values, TickLabels.linear(values, nice.step()), new double[0]);
    }

    /** Where {@code value} falls along the axis: 0 at lo, 1 at hi; NaN outside a log axis' domain. */
    double fraction(double value) {
        if (log) {
            return value > 0 ? (Math.log10(value) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)) : Double.NaN;
        }
        return (value - lo) / (hi - lo);
    }

    /** Whether {@code value} is a drawable coordinate on this axis (finite, and positive on a log axis). */
    boolean accepts(double value) {
        return Axis.drawable(value, log);
    }

    private static double[] minorTicks(double lo, double hi) {
        List<Double> values = new ArrayList<>();
        for (int k = (int) Math.floor(Math.log10(lo)); k <= (int) Math.floor(Math.log10(hi)); k++) {
            for (int m = 2; m <= 9; m++) {
                double v = m * Math.pow(10, k);
                if (v >= lo && v <= hi) {
                    values.add(v);
                }
            }
        }
        return toArray(values);
    }

    /** The decades between labelled ones, when only every {@code stride}-th decade is labelled. */
    private static double[] skippedDecades(int firstDecade, int lastDecade, int stride) {
        List<Double> values = new ArrayList<>();
        for (int k = firstDecade; k <= lastDecade; k++) {
            if (Math.floorMod(k, stride) != 0) {
                values.add(Math.pow(10, k));
            }
        }
        return toArray(values);
    }

    private static List<Double> mantissaTicks(double lo, double hi, int[] mantissas) {
        List<Double> values = new ArrayList<>();
        for (int k = (int) Math.floor(Math.log10(lo)); k <= (int) Math.floor(Math.log10(hi)); k++) {
            for (int m : mantissas) {
                double v = m * Math.pow(10, k);
                if (v >= lo * (1 - LOG_EPSILON) && v <= hi * (1 + LOG_EPSILON)) {
                    values.add(v);
                }
            }
        }
        return values;
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
