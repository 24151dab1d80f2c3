package org.jgan.experiments.plot;

/**
 * Evenly spaced tick values whose step is 1, 2 or 5 times a power of ten: the "nice numbers" of
 * P. S. Heckbert, "Nice numbers for graph labels", Graphics Gems (1990), pp. 61–63.
 *
 * <p>For a data range [min, max] and a target of n ticks, the step is {@code nice((max − min) / (n − 1))},
 * where {@code nice} rounds the fraction f = x / 10^⌊log10 x⌋ to 1, 2, 5 or 10 (at f &lt; 1.5, 3, 7).
 * Heckbert first rounds the range itself up to a nice number; skipping that step keeps the tick count
 * closer to the target (a span of 5.1 with n = 7 gets step 1, not 2). The count is a target, not a
 * bound: [0, 1] with n = 5 gives the six ticks 0, 0.2, …, 1.
 *
 * @param first the first tick
 * @param last  the last tick
 * @param step  the distance between ticks (1, 2 or 5 × 10^k)
 */
record NiceTicks(double first, double last, double step) {
    /** Tolerance, in steps, for deciding that a tick lies on a range end despite rounding error. */
    private static final double EPSILON = 1e-9;

    /** Ticks that cover [min, max]: the first is at or below min, the last at or above max. */
    static NiceTicks covering(double min, double max, int target) {
        double step = step(min, max, target);
        return new NiceTicks(Math.floor(min / step + EPSILON) * step, Math.ceil(max / step - EPSILON) * step, step);
    }

    /** Ticks inside [min, max], with the same step as {@link #covering}. */
    static NiceTicks within(double min, double max, int target) {
        double step = step(min, max, target);
        return new NiceTicks(Math.ceil(min / step - EPSILON) * step, Math.floor(max / step + EPSILON) * step, step);
    }

    /** The tick values; a value within rounding error of zero is exactly zero. */
    double[] values() {
        long firstIndex = Math.round(first / step);
        int count = (int) (Math.round(last / step) - firstIndex) + 1;
        double[] values = new double[Math.max(count, 0)];
        for (int i = 0; i < values.length; i++) {
            values[i] = (firstIndex + i) * step;
        }
        return values;
    }

    /** Heckbert's nice number nearest {@code x > 0}: 1, 2, 5 or 10 times a power of ten. */
    static double niceNumber(double x) {
        double power = Math.pow(10, Math.floor(Math.log10(x)));
        double fraction = x / power;
        return (fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10) * power;
    }

    private static double step(double min, double max, int target) {
        if (!(max > min) || target < 2) {
            throw new IllegalArgumentException("need min < max and at least two ticks, got [" + min + ", " + max
                    + "] and " + target);
        }
        return niceNumber((max - min) / (target - 1));
    }
}
