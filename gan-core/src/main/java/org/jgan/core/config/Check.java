package org.jgan.core.config;

/**
 * Validation in one place: each method returns the value when it is valid and otherwise throws a
 * {@link ConfigException} naming the field and what was expected.
 */
public final class Check {
    private Check() {
    }

    /** A finite number strictly greater than zero. */
    public static double positive(String field, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new ConfigException(field, "a finite number > 0", value);
        }
        return value;
    }

    /** A finite number greater than or equal to zero. */
    public static double nonNegative(String field, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new ConfigException(field, "a finite number >= 0", value);
        }
        return value;
    }

    /** An integer of at least {@code min}. */
    public static long atLeast(String field, long value, long min) {
        if (value < min) {
            throw new ConfigException(field, "an integer >= " + min, value);
        }
        return value;
    }

    /** An integer of at least {@code min}, as an int. */
    public static int atLeast(String field, int value, int min) {
        return (int) atLeast(field, (long) value, (long) min);
    }

    /** A number in the closed interval [lo, hi]. */
    public static double inRange(String field, double value, double lo, double hi) {
        if (!(value >= lo && value <= hi)) {
            throw new ConfigException(field, "a number in [" + lo + ", " + hi + "]", value);
        }
        return value;
    }
}
