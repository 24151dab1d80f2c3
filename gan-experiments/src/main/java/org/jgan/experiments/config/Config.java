package org.jgan.experiments.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jgan.core.config.ConfigException;

/**
 * An experiment's effective configuration: every declared {@link Setting} with its value, defaults resolved.
 *
 * <p>Built from a list of settings plus raw values (config file, then {@code --set} overrides); an unknown key
 * is rejected with the list of known keys. Immutable; {@link #asMap()} is what {@code config.json} holds.
 */
public final class Config {
    private final Map<String, Setting<?>> settings;
    private final Map<String, Object> values;

    private Config(Map<String, Setting<?>> settings, Map<String, Object> values) {
        this.settings = settings;
        this.values = values;
    }

    /**
     * Resolves {@code raw} (textual values, later entries override earlier ones) against {@code declared}.
     *
     * @throws ConfigException for an unknown key or an invalid value
     */
    public static Config resolve(List<Setting<?>> declared, Map<String, String> raw) {
        Map<String, Setting<?>> byKey = new LinkedHashMap<>();
        for (Setting<?> setting : declared) {
            byKey.put(setting.key(), setting);
        }
        for (String key : raw.keySet()) {
            if (!byKey.containsKey(key)) {
                throw new ConfigException(key, "a known setting (" + String.join(", ", byKey.keySet()) + ")",
                        null);
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Setting<?> setting : declared) {
            String text = raw.get(setting.key());
            values.put(setting.key(), text == null ? setting.defaultValue() : setting.parse(text));
        }
        return new Config(byKey, Collections.unmodifiableMap(values));
    }

    /** The value of {@code setting}, which must be one of this config's declared settings. */
    @SuppressWarnings("unchecked")
    public <T> T get(Setting<T> setting) {
        if (!settings.containsKey(setting.key())) {
            throw new IllegalArgumentException("setting not declared by this experiment: " + setting.key());
        }
        return (T) values.get(setting.key());
    }

    /** An integer setting as an int, checked to fit. */
    public int getInt(Setting<Long> setting) {
        long value = get(setting);
        if (value > Integer.MAX_VALUE) {
            throw new ConfigException(setting.key(), "an integer <= " + Integer.MAX_VALUE, value);
        }
        return (int) value;
    }

    /** Every key with its value, in declaration order. */
    public Map<String, Object> asMap() {
        return values;
    }

    /** The values as text, as {@code --set} would give them (for re-resolving a saved config). */
    public Map<String, String> asText() {
        return values.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> String.valueOf(e.getValue()), (a, b) -> a, LinkedHashMap::new));
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
