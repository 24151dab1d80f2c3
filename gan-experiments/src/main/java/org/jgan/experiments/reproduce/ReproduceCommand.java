package org.jgan.experiments.reproduce;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jgan.core.config.ConfigException;
import org.jgan.experiments.run.Progress;
import org.jgan.experiments.run.Provenance;
import org.jgan.experiments.run.RunDirectory;
import org.jgan.experiments.run.Threads;

/**
 * {@code ./gan reproduce [--quick] [--out DIR] [--data-dir DIR]}: runs the {@link PaperSuite} as sub-runs of one
 * directory and writes its report.md and summary.json. Exit status 0 when every sub-run that ran succeeded (a
 * skipped one — unregistered experiment, absent data, or MNIST under {@code --quick} — does not count against it),
 * 1 otherwise; bad arguments are a {@link ConfigException} (status 2, nothing written).
 */
public final class ReproduceCommand {
    /** Exit status when a sub-run failed. */
    public static final int SUB_RUN_FAILED = 1;

    private ReproduceCommand() {
    }

    /** Runs the command; returns its exit status. */
    public static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        ReproduceArguments arguments = ReproduceArguments.parse(args);
        if (arguments.help()) {
            out.println("usage: " + ReproduceArguments.USAGE);
            return 0;
        }
        Path root = arguments.out().orElseGet(() -> defaultDirectory(arguments.quick()));
        requireNewOrEmpty(root);
        Threads.configure();
        long start = System.nanoTime();
        RunDirectory directory = new RunDirectory(root).create();
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("command", "reproduce");
        config.put("quick", arguments.quick());
        config.put("data-dir", arguments.dataDir().map(Path::toString).orElse(""));
        directory.writeJson(RunDirectory.CONFIG, config);
        directory.writeJson(RunDirectory.PROVENANCE, Provenance.current(0));

        SuiteRunner runner = new SuiteRunner(root, err, new Progress(err, true));
        List<SubRunOutcome> outcomes = new ArrayList<>(runner.runAll(PaperSuite.synthetic(arguments.quick())));
        List<SubRun> images = PaperSuite.images(arguments.dataDir());
        if (arguments.quick()) {
            images.forEach(run -> outcomes.add(new SubRunOutcome(run, SubRunOutcome.Status.SKIPPED,
                    "--quick runs synthetic data only", run.settings(), List.of(), Map.of(), 0)));
        } else {
            outcomes.addAll(runner.runAll(images));
        }
        SuiteReport report = new SuiteReport(directory, outcomes);
        report.write(arguments.command(), PaperSuite.scope(arguments.quick()), (System.nanoTime() - start) / 1e9);

        out.println("reproduction directory: " + root);
        report.counts().forEach((k, v) -> out.printf("  %-28s %s%n", k, v));
        out.println("report: " + directory.file(RunDirectory.REPORT));
        return report.allSucceeded() ? 0 : SUB_RUN_FAILED;
    }

    private static Path defaultDirectory(boolean quick) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return Path.of("runs", "reproduce" + (quick ? "-quick-" : "-") + stamp);
    }

    private static void requireNewOrEmpty(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        if (!Files.isDirectory(root)) {
            throw new ConfigException("--out", "a new or empty directory", root);
        }
        boolean empty;
        try (Stream<Path> entries = Files.list(root)) {
            empty = entries.findAny().isEmpty();
        }
        if (!empty) {
            throw new ConfigException("--out", "a new or empty directory", root);
        }
    }
}
