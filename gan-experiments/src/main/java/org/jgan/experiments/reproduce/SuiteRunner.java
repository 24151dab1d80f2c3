package org.jgan.experiments.reproduce;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgan.core.config.ConfigException;
import org.jgan.experiments.Experiment;
import org.jgan.experiments.cli.Runs;
import org.jgan.experiments.config.Setting;
import org.jgan.experiments.reproduce.SubRunOutcome.Status;
import org.jgan.experiments.run.Progress;
import org.jgan.experiments.run.RunDirectory;
import org.jgan.experiments.training.TrainingLoop;
import org.jgan.experiments.wiring.Registry;
import org.jgan.experiments.wiring.Wiring;

/**
 * Runs sub-runs one after another in one directory, each through {@link Runs#prepare} and {@link Runs#start} as
 * {@code ./gan run} does, so each sub-directory is an ordinary run directory. A sub-run whose experiment is not
 * registered is skipped; one that needs data and is rejected (its data is absent) is skipped; any other rejection
 * or failure is recorded and the suite goes on.
 */
final class SuiteRunner {
    private final Path root;
    private final PrintStream log;
    private final Progress progress;

    /**
     * @param root     the suite's directory; sub-runs go into its sub-directories
     * @param log      where a line per sub-run is printed (stderr)
     * @param progress the progress display the sub-runs draw on
     */
    SuiteRunner(Path root, PrintStream log, Progress progress) {
        this.root = root;
        this.log = log;
        this.progress = progress;
    }

    /** Runs every sub-run in order. */
    List<SubRunOutcome> runAll(List<SubRun> runs) {
        List<SubRunOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            SubRun run = runs.get(i);
            log.printf(Locale.ROOT, "[%d/%d] %s (%s)%n", i + 1, runs.size(), run.directory(), run.experiment());
            SubRunOutcome outcome = run(run);
            log.printf(Locale.ROOT, "[%d/%d] %s: %s in %.0f s%s%n", i + 1, runs.size(), run.directory(),
                    outcome.status().name().toLowerCase(Locale.ROOT), outcome.seconds(),
                    outcome.note().isEmpty() ? "" : " — " + outcome.note());
            outcomes.add(outcome);
        }
        return outcomes;
    }

    /** Runs one sub-run; never throws for a failure of the sub-run itself. */
    SubRunOutcome run(SubRun run) {
        Registry registry = Wiring.registry(List.of());
        if (!registry.experiments().containsKey(run.experiment())) {
            return new SubRunOutcome(run, Status.SKIPPED, "experiment `" + run.experiment()
                    + "` is not registered in this build", run.settings(), List.of(), Map.of(), 0);
        }
        Experiment experiment = registry.experiment(run.experiment());
        Set<String> declared = Runs.settingsOf(experiment).stream().map(Setting::key).collect(Collectors.toSet());
        Map<String, String> applied = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        run.settings().forEach((key, value) -> {
            if (declared.contains(key)) {
                applied.put(key, value);
            } else {
                ignored.add(key + "=" + value);
            }
        });
        long start = System.nanoTime();
        Runs.Prepared prepared;
        try {
            prepared = Runs.prepare(run.experiment(), applied);
        } catch (ConfigException e) {
            return new SubRunOutcome(run, run.needsData() ? Status.SKIPPED : Status.FAILED,
                    (run.needsData() ? "" : "rejected its settings: ") + e.getMessage(), applied, ignored, Map.of(),
                    0);
        }
        try {
            RunDirectory directory = Runs.start(prepared, root.resolve(run.directory()), progress);
            return new SubRunOutcome(run, Status.SUCCEEDED, "", applied, ignored,
                    directory.readJson(RunDirectory.SUMMARY), seconds(start));
        } catch (Exception e) {
            // A sub-run's failure is a result of the suite: reported, and the suite carries on. An unexpected one
            // keeps its stack trace on the log, as ./gan run would print it.
            if (!(e instanceof TrainingLoop.TrainingDiverged)) {
                e.printStackTrace(log);
            }
            return new SubRunOutcome(run, Status.FAILED, String.valueOf(e.getMessage() == null ? e : e.getMessage()),
                    applied, ignored, Map.of(), seconds(start));
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
