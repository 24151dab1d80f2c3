package org.jgan.experiments.mnist;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jgan.core.config.ConfigException;
import org.jgan.experiments.data.DatasetFetcher;
import org.jgan.experiments.data.DatasetLocator;
import org.jgan.experiments.data.KnownDataset;

/**
 * {@code gan data fetch mnist|fashion-mnist [--dir DIR]}: downloads a data set's four IDX files from its public
 * mirrors into the per-user cache (or DIR), verifying each file's SHA-256 ({@link DatasetFetcher}), with progress
 * on stderr. Afterwards {@code ./gan run mnist} finds the cached copy by itself; a DIR is passed with
 * {@code --set data-dir=DIR}.
 */
public final class DataCommand {
    /** The usage line for the command-line help. */
    public static final String USAGE = "gan data fetch " + String.join("|", KnownDataset.names()) + " [--dir DIR]";

    private DataCommand() {
    }

    /** Runs the command on the arguments after {@code data}, downloading with {@code fetcher}. */
    public static void run(List<String> args, DatasetFetcher fetcher, PrintStream out) {
        if (args.isEmpty() || !args.get(0).equals("fetch")) {
            throw new ConfigException("data", "fetch\nusage: " + USAGE, args.isEmpty() ? null : args.get(0));
        }
        if (args.size() != 2 && !(args.size() == 4 && args.get(2).equals("--dir"))) {
            throw new ConfigException("data fetch", "a data set name, optionally followed by --dir DIR\nusage: "
                    + USAGE, String.join(" ", args.subList(1, args.size())));
        }
        KnownDataset dataset = KnownDataset.byName("data fetch", args.get(1));
        Path directory = args.size() == 4 ? Path.of(args.get(3))
                : DatasetLocator.fromEnvironment(Optional.empty()).cacheDirectory(dataset);
        fetcher.fetch(dataset, directory);
        out.println(dataset + ": verified files in " + directory);
        if (args.size() == 4) {
            out.println("use them with --set " + DatasetLocator.DATA_DIR_KEY + "=" + directory);
        }
    }
}
