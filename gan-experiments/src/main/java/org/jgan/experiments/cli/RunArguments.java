package org.jgan.experiments.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgan.core.config.ConfigException;
import org.jgan.experiments.config.ConfigSources;

/**
 * The arguments of {@code ./gan run EXPERIMENT [--seed N] [--out DIR] [--config FILE.json] [--set key=value]...
 * [--help]}, parsed into raw settings: the config file's values, then {@code --set}s, then {@code --seed}.
 *
 * @param experiment the experiment's registered name
 * @param out        the run directory, or null for the default
 * @param raw        raw settings in override order
 * @param help       whether to print the settings instead of running
 */
public record RunArguments(String experiment, Path out, Map<String, String> raw, boolean help) {

    /** Parses the arguments after {@code run}. */
    public static RunArguments parse(List<String> args) {
        if (args.isEmpty() || args.get(0).startsWith("--")) {
            throw new ConfigException("run", "an experiment name first (./gan list shows them)",
                    args.isEmpty() ? null : args.get(0));
        }
        String experiment = args.get(0);
        Path out = null;
        Path configFile = null;
        String seed = null;
        boolean help = false;
        List<String> sets = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--help", "-h" -> help = true;
                case "--seed" -> seed = value(args, ++i, arg, "an integer seed");
                case "--out" -> out = Path.of(value(args, ++i, arg, "a directory"));
                case "--config" -> configFile = Path.of(value(args, ++i, arg, "a JSON file"));
                case "--set" -> sets.add(value(args, ++i, arg, "key=value"));
                default -> throw new ConfigException(arg, "one of --seed N, --out DIR, --config FILE.json, "
                        + "--set key=value, --help", null);
            }
        }
        Map<String, String> raw = new LinkedHashMap<>();
        if (configFile != null) {
            raw.putAll(ConfigSources.readJson(configFile));
        }
        raw.putAll(ConfigSources.parseOverrides(sets));
        if (seed != null) {
            raw.put("seed", seed);
        }
        return new RunArguments(experiment, out, raw, help);
    }

    private static String value(List<String> args, int i, String flag, String expected) {
        if (i >= args.size()) {
            throw new ConfigException(flag, expected + " after " + flag, null);
        }
        return args.get(i);
    }
}
