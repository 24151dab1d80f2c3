package org.jgan.losses.fgan;

/**
 * An interval of the real line, the domain of a conjugate f*: {@code (−∞, log 2)}, {@code [−½, ½]}, R, ...
 *
 * @param lower          the lower end, possibly −∞
 * @param lowerIncluded  whether the lower end belongs to the interval
 * @param upper          the upper end, possibly +∞
 * @param upperIncluded  whether the upper end belongs to the interval
 */
public record ConjugateDomain(double lower, boolean lowerIncluded, double upper, boolean upperIncluded) {
    /** The whole real line. */
    public static final ConjugateDomain REALS =
            new ConjugateDomain(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);

    /** The open half-line (−∞, upper). */
    public static ConjugateDomain below(double upper) {
        return new ConjugateDomain(Double.NEGATIVE_INFINITY, false, upper, false);
    }

    /** The closed interval [lower, upper]. */
    public static ConjugateDomain closed(double lower, double upper) {
        return new ConjugateDomain(lower, true, upper, true);
    }

    /** Whether t lies in the interval. */
    public boolean contains(double t) {
        boolean aboveLower = lowerIncluded ? t >= lower : t > lower;
        boolean belowUpper = upperIncluded ? t <= upper : t < upper;
        return aboveLower && belowUpper;
    }

    /** Whether t lies in the interval with its ends added: where a value rounded onto an open end lands. */
    public boolean closureContains(double t) {
        return t >= lower && t <= upper;
    }

    @Override
    public String toString() {
        return (lowerIncluded ? "[" : "(") + lower + ", " + upper + (upperIncluded ? "]" : ")");
    }
}
