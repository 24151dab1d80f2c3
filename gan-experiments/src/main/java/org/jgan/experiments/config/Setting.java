package org.jgan.experiments.config;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jgan.core.config.ConfigException;

/**
 * One configuration key of an experiment: its name, default, what a valid value is, and how to parse one.
 *
 * <p>Values arrive as text (from {@code --set key=value}) or as JSON scalars (from {@code --config FILE});
 * both go through {@link #parse}, so validation happens in one place and every error names the key.
 *
 * @param key         the name used in config files and {@code --set}
 * @param defaultValue the value when none is given
 * @param expected    what a valid value looks like, for help text and error messages
 * @param description what the setting does, for {@code --help}
 * @param parser      text to value; throws IllegalArgumentException when invalid
 * @param reference   what the value names, checked before a run starts (a registered loss, a spec, ...)
 * @param <T>         the value's type
 */
public record Setting<T>(String key, T defaultValue, String expected, String description,
                         Function<String, T> parser, Reference reference) {

    /** What a textual value refers to; checked against the registry or a parser before anything is written. */
    public enum Reference {
        /** A plain value, fully validated by the parser. */
        NONE,
        /** A registered loss name. */
        LOSS,
        /** A registered model name. */
        MODEL,
        /** A registered optimizer name. */
        OPTIMIZER,
        /** A distribution spec of any dimension. */
        DISTRIBUTION,
        /** A spec of a distribution on the real line. */
        UNIVARIATE_DISTRIBUTION
    }

    /** A setting whose parser validates it completely. */
    public Setting(String key, T defaultValue, String expected, String description, Function<String, T> parser) {
        this(key, defaultValue, expected, description, parser, Reference.NONE);
    }

    /** This setting, marked as naming a {@code reference} that is checked before the run starts. */
    public Setting<T> referring(Reference reference) {
        return new Setting<>(key, defaultValue, expected, description, parser, reference);
    }

    /** Parses and validates a textual value, naming this key on failure. */
    public T parse(String text) {
        try {
            T value = parser.apply(text.trim());
            if (value == null) {
                throw new IllegalArgumentException();
            }
            return value;
        } catch (ConfigException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ConfigException(key, expected, text);
        }
    }

    /** An integer setting with a lower bound. */
    public static Setting<Long> integer(String key, long defaultValue, long min, String description) {
        return new Setting<>(key, defaultValue, "an integer >= " + min, description, text -> {
            long value = Long.parseLong(text);
            if (value < min) {
                throw new IllegalArgumentException();
            }
            return value;
        });
    }

    /** A finite number setting that must be strictly positive. */
    public static Setting<Double> positive(String key, double defaultValue, String description) {
        return number(key, defaultValue, 0, false, Double.POSITIVE_INFINITY, description);
    }

    /**
     * A finite number in a range.
     *
     * @param inclusiveMin whether {@code min} itself is allowed
     */
    public static Setting<Double> number(String key, double defaultValue, double min, boolean inclusiveMin,
                                         double max, String description) {
        String expected = "a number " + (inclusiveMin ? ">= " : "> ") + min
                + (Double.isInfinite(max) ? "" : " and <= " + max);
        return new Setting<>(key, defaultValue, expected, description, text -> {
            double value = Double.parseDouble(text);
            boolean aboveMin = inclusiveMin ? value >= min : value > min;
            if (!Double.isFinite(value) || !aboveMin || value > max) {
                throw new IllegalArgumentException();
            }
            return value;
        });
    }

    /** One of a fixed set of words (case-insensitive). */
    public static Setting<String> choice(String key, String defaultValue, List<String> choices, String description) {
        return new Setting<>(key, defaultValue, "one of " + String.join(", ", choices), description, text -> {
            String value = text.toLowerCase(Locale.ROOT);
            if (!choices.contains(value)) {
                throw new IllegalArgumentException();
            }
            return value;
        });
    }

    /** Free text whose validity is checked later (a loss or model name checked against the registry, a spec). */
    public static Setting<String> text(String key, String defaultValue, String expected, String description) {
        return new Setting<>(key, defaultValue, expected, description, text -> {
            if (text.isEmpty()) {
                throw new IllegalArgumentException();
            }
            return text;
        });
    }

    /** A boolean, {@code true} or {@code false}. */
    public static Setting<Boolean> flag(String key, boolean defaultValue, String description) {
        return new Setting<>(key, defaultValue, "true or false", description, text -> switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException();
        });
    }
}
