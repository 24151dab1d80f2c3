package org.jgan.experiments.reproduce;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One number of a sub-run's summary.json set beside the paper's (or the theory's) value, with the goal it must
 * meet. The goals: at least a bound, at most a bound, within a tolerance of a value, within a tolerance of another
 * summary key (e.g. criterion_value against criterion_theory), or none (shown for comparison only).
 *
 * @param label  what the number is, for the report
 * @param key    its summary.json key
 * @param spread the summary key of its ± (e.g. a std over seeds or a standard error), or null
 * @param paper  the paper's or the theory's value, as the report prints it
 * @param goal   what it must meet
 */
public record Target(String label, String key, String spread, String paper, Goal goal) {

    /** What a summary value must satisfy. */
    public sealed interface Goal {
        /** Whether {@code value} meets the goal; the summary supplies keys the goal refers to. */
        Optional<Boolean> met(double value, Map<String, Object> summary);

        /** The goal as the report prints it; {@code summary} supplies the values of keys it refers to. */
        String describe(Map<String, Object> summary);
    }

    /** value ≥ bound. */
    public record AtLeast(double bound) implements Goal {
        @Override
        public Optional<Boolean> met(double value, Map<String, Object> summary) {
            return Optional.of(value >= bound);
        }

        @Override
        public String describe(Map<String, Object> summary) {
            return "≥ " + number(bound);
        }
    }

    /** value ≤ bound. */
    public record AtMost(double bound) implements Goal {
        @Override
        public Optional<Boolean> met(double value, Map<String, Object> summary) {
            return Optional.of(value <= bound);
        }

        @Override
        public String describe(Map<String, Object> summary) {
            return "≤ " + number(bound);
        }
    }

    /** |value − reference| ≤ tolerance. */
    public record Near(double reference, double tolerance) implements Goal {
        @Override
        public Optional<Boolean> met(double value, Map<String, Object> summary) {
            return Optional.of(Math.abs(value - reference) <= tolerance);
        }

        @Override
        public String describe(Map<String, Object> summary) {
            return number(reference) + " ± " + number(tolerance);
        }
    }

    /** |value − summary[otherKey]| ≤ tolerance; unchecked when the summary lacks the other key. */
    public record NearKey(String otherKey, double tolerance) implements Goal {
        @Override
        public Optional<Boolean> met(double value, Map<String, Object> summary) {
            return Target.number(summary, otherKey).map(other -> Math.abs(value - other) <= tolerance);
        }

        @Override
        public String describe(Map<String, Object> summary) {
            return "`" + otherKey + "`" + Target.number(summary, otherKey).map(v -> " = " + number(v)).orElse("")
                    + " ± " + number(tolerance);
        }
    }

    /** |value − reference| ≤ fraction·|reference|. */
    public record Relative(double reference, double fraction) implements Goal {
        @Override
        public Optional<Boolean> met(double value, Map<String, Object> summary) {
            return Optional.of(Math.abs(value - reference) <= fraction * Math.abs(reference));
        }

        @Override
        public String describe(Map<String, Object> summary) {
            return number(reference) + " within " + number(100 * fraction) + " %";
        }
    }

    /** No goal: the number is shown beside the paper's for comparison. */
    public record Shown() implements Goal {
        @Override
        public Optional<Boolean> met(double value, Map<String, Object> summary) {
            return Optional.empty();
        }

        @Override
        public String describe(Map<String, Object> summary) {
            return "(compared, no target)";
        }
    }

    /** A target without a ± key. */
    public static Target of(String label, String key, String paper, Goal goal) {
        return new Target(label, key, null, paper, goal);
    }

    /** Our value as the report prints it: "7.80 ± 0.45", or "missing" when the summary lacks the key. */
    public String ours(Map<String, Object> summary) {
        Optional<Double> value = number(summary, key);
        if (value.isEmpty()) {
            return "missing (no `" + key + "` in summary.json)";
        }
        Optional<Double> plusMinus = spread == null ? Optional.empty() : number(summary, spread);
        return number(value.get()) + plusMinus.map(s -> " ± " + number(s)).orElse("");
    }

    /** Whether the summary meets the goal; empty when there is no goal or a needed key is missing. */
    public Optional<Boolean> met(Map<String, Object> summary) {
        return number(summary, key).flatMap(value -> goal.met(value, summary));
    }

    /** A numeric summary value, if present. */
    static Optional<Double> number(Map<String, Object> summary, String key) {
        return summary.get(key) instanceof Number n ? Optional.of(n.doubleValue()) : Optional.empty();
    }

    /** Up to 7 significant digits without trailing zeros. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        String text = String.format(Locale.ROOT, "%.7g", value);
        if (text.contains("e") || !text.contains(".")) {
            return text;
        }
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
