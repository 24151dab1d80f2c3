package org.jgan.core.config;

/**
 * Bad input from a user: a configuration value, a command-line argument, a data file or a distribution spec.
 *
 * <p>Every message names the offending {@link #field()} (a config key, a file, a spec position) and says what
 * was expected, so the command line can print it without a stack trace and exit with status 2.
 */
public final class ConfigException extends RuntimeException {
    private final String field;

    /**
     * @param field    the config key, file or spec position that is wrong
     * @param expected what a valid value looks like, e.g. {@code "a number > 0"}
     * @param actual   what was given (shown verbatim; may be {@code null})
     */
    public ConfigException(String field, String expected, Object actual) {
        super(field + ": expected " + expected + (actual == null ? "" : ", got '" + actual + "'"));
        this.field = field;
    }

    /** A message that already names the field; use when "expected ..., got ..." does not read well. */
    public static ConfigException withMessage(String field, String message) {
        return new ConfigException(field, message);
    }

    private ConfigException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The config key, file or spec position the message is about. */
    public String field() {
        return field;
    }
}
