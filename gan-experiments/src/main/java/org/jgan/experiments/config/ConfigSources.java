package org.jgan.experiments.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgan.core.config.ConfigException;

/** Reads raw settings from a JSON config file and from {@code key=value} overrides. */
public final class ConfigSources {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ConfigSources() {
    }

    /**
     * Reads a flat JSON object of scalars, e.g. {@code {"loss": "minimax", "iterations": 3000}}.
     *
     * @throws ConfigException naming the file when it is missing, not JSON, or not a flat object of scalars
     */
    public static Map<String, String> readJson(Path file) {
        String label = "config file " + file;
        if (!Files.isRegularFile(file)) {
            throw ConfigException.withMessage(label, "not found (expected a JSON file)");
        }
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw ConfigException.withMessage(label, "is not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw ConfigException.withMessage(label, "cannot be read (" + e.getMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw ConfigException.withMessage(label, "expected a JSON object of settings, e.g. {\"loss\": \"minimax\"}");
        }
        Map<String, String> raw = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().isValueNode() || entry.getValue().isNull()) {
                throw new ConfigException(label + ": " + entry.getKey(), "a number, string or boolean",
                        entry.getValue());
            }
            raw.put(entry.getKey(), entry.getValue().asText());
        }
        return raw;
    }

    /** Parses {@code key=value} overrides, in order. */
    public static Map<String, String> parseOverrides(List<String> assignments) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException("--set", "key=value", assignment);
            }
            raw.put(assignment.substring(0, eq).trim(), assignment.substring(eq + 1));
        }
        return raw;
    }
}
