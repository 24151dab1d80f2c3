package org.jgan.experiments.reproduce;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jgan.core.config.ConfigException;

/**
 * The arguments of {@code ./gan reproduce [--quick] [--out DIR] [--data-dir DIR]}.
 *
 * @param quick   the short synthetic suite (minutes) instead of the full one
 * @param out     the suite's directory, or empty for {@code runs/reproduce[-quick]-TIMESTAMP}
 * @param dataDir where MNIST and Fashion-MNIST are, or empty for the usual lookup (environment, cache)
 * @param help    print the usage instead of running
 */
record ReproduceArguments(boolean quick, Optional<Path> out, Optional<Path> dataDir, boolean help) {
    /** The usage line. */
    static final String USAGE = "gan reproduce [--quick] [--out DIR] [--data-dir DIR]";

    /** Parses the arguments after {@code reproduce}. */
    static ReproduceArguments parse(List<String> args) {
        boolean quick = false;
        boolean help = false;
        Optional<Path> out = Optional.empty();
        Optional<Path> dataDir = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--quick" -> quick = true;
                case "--help", "-h" -> help = true;
                case "--out" -> out = Optional.of(Path.of(value(args, ++i, arg)));
                case "--data-dir" -> dataDir = Optional.of(Path.of(value(args, ++i, arg)));
                default -> throw new ConfigException(arg, "one of --quick, --out DIR, --data-dir DIR, --help", null);
            }
        }
        return new ReproduceArguments(quick, out, dataDir, help);
    }

    /** The command as the report names it. */
    String command() {
        return "./gan reproduce" + (quick ? " --quick" : "") + out.map(p -> " --out " + p).orElse("")
                + dataDir.map(p -> " --data-dir " + p).orElse("");
    }

    private static String value(List<String> args, int i, String flag) {
        if (i >= args.size()) {
            throw new ConfigException(flag, "a directory after " + flag, null);
        }
        return args.get(i);
    }
}
