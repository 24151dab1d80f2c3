package org.jgan.experiments.plot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Tick label text: as many decimals as the tick step needs, a typographic minus sign, and for very large
 * or very small values each label as m×10ⁿ with the shortest mantissa and a superscript exponent
 * (2×10⁵, 1×10⁶, 1.5×10⁶).
 */
final class TickLabels {
    /** Values at or beyond this magnitude are labelled with a power of ten. */
    static final double LARGE = 1e6;
    /** Non-zero values below this magnitude are labelled with a power of ten. */
    static final double SMALL = 1e-3;
    private static final char MINUS = '\u2212';
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    /** Guards floor(log10(step)) against log10(0.001) evaluating to −2.9999999999999996. */
    private static final double LOG_EPSILON = 1e-9;

    private TickLabels() {
    }

    /** Labels for ticks {@code step} apart. */
    static String[] linear(double[] values, double step) {
        double largest = 0;
        for (double v : values) {
            largest = Math.max(largest, Math.abs(v));
        }
        int stepExponent = exponent(step);
        boolean scientific = largest >= LARGE || (largest > 0 && largest < SMALL);
        String[] labels = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (scientific) {
                int exponent = v == 0 ? 0 : exponent(Math.abs(v));
                labels[i] = v == 0 ? "0"
                        : plain(v / Math.pow(10, exponent)) + "×" + powerOfTen(exponent);
            } else {
                labels[i] = fixed(v, -stepExponent);
            }
        }
        return labels;
    }

    private static int exponent(double positive) {
        return (int) Math.floor(Math.log10(positive) + LOG_EPSILON);
    }

    private static String fixed(double value, int decimals) {
        return withMinus(String.format(Locale.ROOT, "%." + Math.max(0, decimals) + "f", value + 0.0));
    }

    /** "10" with a superscript exponent, e.g. 10⁻³. */
    static String powerOfTen(int exponent) {
        StringBuilder text = new StringBuilder("10");
        for (char c : Integer.toString(exponent).toCharArray()) {
            text.append(c == '-' ? '⁻' : SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return text.toString();
    }

    /** The shortest plain decimal for a value such as 0.2 or 50, to seven significant digits. */
    static String plain(double value) {
        return withMinus(new BigDecimal(value).round(MathContext.DECIMAL32).stripTrailingZeros().toPlainString());
    }

    private static String withMinus(String text) {
        String normalised = text.matches("-0(\\.0*)?") ? text.substring(1) : text;
        return normalised.replace('-', MINUS);
    }
}
