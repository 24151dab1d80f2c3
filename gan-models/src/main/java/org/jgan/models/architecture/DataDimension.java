package org.jgan.models.architecture;

import org.jgan.core.config.ConfigException;

/** The check every architecture makes on the data it is asked to model. */
final class DataDimension {
    private DataDimension() {
    }

    /** Throws a {@link ConfigException} on field {@code "model"} unless {@code actual == expected}. */
    static int require(String architecture, int expected, String what, int actual) {
        if (actual != expected) {
            throw new ConfigException("model", "data of dimension " + expected + " (" + what + ") for '"
                    + architecture + "'", actual);
        }
        return actual;
    }
}
