package org.jgan.core.distribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jgan.core.config.ConfigException;

/**
 * Distributions written as text, e.g. in a config file: {@code normal(4,0.5)}, {@code uniform(-1,1)},
 * {@code laplace(0,1)}, {@code mixture(1:normal(-2,0.5),3:normal(2,0.5))}, {@code ring(8,1,0.01)},
 * {@code grid(5,2,0.05)}.
 *
 * <p>Grammar (spaces allowed between tokens): {@code spec := name '(' arguments ')'}; numbers are decimal
 * with an optional exponent ({@code -1.5e-3}); the counts of {@code ring} and {@code grid} are whole numbers;
 * a mixture's arguments are {@code weight ':' spec} pairs of 1-D components, with positive weights normalised
 * by their sum ({@link Mixture}). Every distribution's {@code toString()} is a spec that parses back to an
 * equal distribution.
 *
 * <p>Errors are {@link ConfigException}s that name the field, the 1-based position in the spec and what was
 * expected there, e.g. {@code data: at position 10 of 'normal(0,)': expected a number, found ')'}; an unknown
 * name lists the known ones; an invalid parameter (std &lt;= 0, b &lt;= a, a weight &lt;= 0) is named.
 */
public final class DistributionSpec {
    /** The field named in error messages when none is given. */
    public static final String DEFAULT_FIELD = "distribution spec";

    private static final Map<String, Function<DistributionSpec, Distribution>> FORMS = Map.of(
            "normal", s -> new Normal(s.number(), s.comma().number()),
            "uniform", s -> new Uniform(s.number(), s.comma().number()),
            "laplace", s -> new Laplace(s.number(), s.comma().number()),
            "mixture", DistributionSpec::mixture,
            "ring", s -> Ring.of(s.count(), s.comma().number(), s.comma().number()),
            "grid", s -> Grid.of(s.count(), s.comma().number(), s.comma().number()));
    private static final List<String> KNOWN = List.of("normal", "uniform", "laplace", "mixture", "ring", "grid");

    private final String field;
    private final String text;
    private int at;

    private DistributionSpec(String field, String text) {
        this.field = field;
        this.text = text;
    }

    /** Parses {@code spec}; errors name {@link #DEFAULT_FIELD}. */
    public static Distribution parse(String spec) {
        return parse(DEFAULT_FIELD, spec);
    }

    /**
     * Parses {@code spec}.
     *
     * @param field the config key the spec came from, named in error messages
     * @throws ConfigException when the spec is malformed or a parameter is invalid
     */
    public static Distribution parse(String field, String spec) {
        DistributionSpec reader = new DistributionSpec(field, spec);
        Distribution d = reader.spec();
        reader.skipSpaces();
        if (reader.at < spec.length()) {
            throw reader.expected("the end of the spec");
        }
        return d;
    }

    /** Parses a spec that must describe a distribution on the real line. */
    public static UnivariateDistribution parseUnivariate(String field, String spec) {
        Distribution d = parse(field, spec);
        if (d instanceof UnivariateDistribution u) {
            return u;
        }
        throw new ConfigException(field, "a 1-D distribution (normal, uniform, laplace, mixture)", spec);
    }

    private Distribution spec() {
        skipSpaces();
        int start = at;
        while (at < text.length() && Character.isLetter(text.charAt(at))) {
            at++;
        }
        String name = text.substring(start, at);
        if (name.isEmpty()) {
            throw expected("a distribution name (one of " + String.join(", ", KNOWN) + ")");
        }
        Function<DistributionSpec, Distribution> form = FORMS.get(name);
        if (form == null) {
            throw error(start, "unknown distribution '" + name + "'; known: " + String.join(", ", KNOWN));
        }
        symbol('(');
        Distribution d;
        try {
            d = form.apply(this);
        } catch (ConfigException e) {
            if (e.field().equals(field)) {
                throw e;
            }
            throw error(start, e.getMessage());
        }
        symbol(')');
        return d;
    }

    private Distribution mixture() {
        List<Double> weights = new ArrayList<>();
        List<UnivariateDistribution> components = new ArrayList<>();
        do {
            weights.add(number());
            symbol(':');
            skipSpaces();
            int start = at;
            Distribution component = spec();
            if (!(component instanceof UnivariateDistribution u)) {
                throw error(start, "expected a 1-D mixture component, found '" + component + "'");
            }
            components.add(u);
        } while (optional(','));
        return new Mixture(weights.stream().mapToDouble(Double::doubleValue).toArray(), components);
    }

    private DistributionSpec comma() {
        symbol(',');
        return this;
    }

    private double number() {
        skipSpaces();
        int start = at;
        optionalSign();
        int mantissa = digits();
        if (at < text.length() && text.charAt(at) == '.') {
            at++;
            mantissa += digits();
        }
        if (mantissa == 0) {
            at = start;
            throw expected("a number");
        }
        if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            at++;
            optionalSign();
            if (digits() == 0) {
                throw expected("the digits of an exponent");
            }
        }
        return Double.parseDouble(text.substring(start, at));
    }

    private int count() {
        skipSpaces();
        int start = at;
        if (digits() == 0 || (at < text.length() && (text.charAt(at) == '.' || text.charAt(at) == 'e'))) {
            at = start;
            throw expected("a whole number");
        }
        try {
            return Integer.parseInt(text.substring(start, at));
        } catch (NumberFormatException e) {
            throw error(start, "expected a whole number below 2^31, found '" + text.substring(start, at) + "'");
        }
    }

    private void optionalSign() {
        if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
            at++;
        }
    }

    private int digits() {
        int start = at;
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
        }
        return at - start;
    }

    private void symbol(char c) {
        if (!optional(c)) {
            throw expected("'" + c + "'");
        }
    }

    private boolean optional(char c) {
        skipSpaces();
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void skipSpaces() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private ConfigException expected(String what) {
        skipSpaces();
        String found = at < text.length() ? "'" + text.charAt(at) + "'" : "the end";
        return error(at, "expected " + what + ", found " + found);
    }

    private ConfigException error(int position, String message) {
        return ConfigException.withMessage(field,
                "at position " + (position + 1) + " of '" + text + "': " + message);
    }
}
