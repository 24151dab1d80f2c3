package org.jgan.experiments.mnist;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgan.core.config.ConfigException;
import org.jgan.experiments.cli.Runs;
import org.jgan.experiments.run.RunDirectory;

/**
 * {@code gan eval parzen RUN_DIR [--checkpoint best|latest|ITERATION] [--draws N] | RUN_DIR --history}: rescores
 * a finished or interrupted {@code mnist} run with the full Parzen window protocol ({@link ParzenProtocol#evaluate}:
 * the score, the data's own score and the {@link ClassBreakdown}) from one of its checkpoints — the monitor's best,
 * the latest, or one the run kept ({@code keep-every}) after that iteration — prints the result and writes it to
 * {@code RUN_DIR/parzen-<checkpoint>.json} — the only file it writes. With {@code --draws N} it scores the
 * checkpoint on N draws of centres instead ({@link ParzenDraws}); with {@code --history}, every kept checkpoint
 * ({@link ParzenHistory}). The run's own config.json rebuilds the model and finds the data (its
 * {@code data-dir}, else $JGAN_DATA_DIR, else the cache).
 *
 * <p>Bad input (not an mnist run directory, no such checkpoint, missing data) is a {@link ConfigException} raised
 * before anything is written.
 */
public final class ParzenCommand {
    /** The usage line for the command-line help. */
    public static final String USAGE =
            "gan eval parzen RUN_DIR [--checkpoint best|latest|ITERATION] [--draws N] | RUN_DIR --history";
    /** How to score a kept checkpoint, for the {@code keep-every} setting's help. */
    static final String USAGE_KEPT = "gan eval parzen RUN_DIR --checkpoint ITERATION|--history";
    /** The checkpoint scored unless {@code --checkpoint} says otherwise: the monitor's best. */
    public static final String DEFAULT_CHECKPOINT = Runs.BEST;
    /** The key of the {@link ClassBreakdown} rows in the result. */
    static final String CLASSES_KEY = "classes";
    /** What {@code --checkpoint} accepts. */
    private static final String CHECKPOINTS = "best, latest or the iteration of a kept checkpoint";
    private static final String CHECKPOINT_OPTION = "--checkpoint";
    private static final String HISTORY_OPTION = "--history";
    private static final String DRAWS_OPTION = "--draws";
    /** What {@code --draws} accepts. */
    private static final String DRAWS = "a whole number of draws, at least 2";

    private ParzenCommand() {
    }

    /** Runs the command on the arguments after {@code eval}. */
    public static void run(List<String> args, PrintStream out) {
        if (args.isEmpty() || !args.get(0).equals("parzen")) {
            throw new ConfigException("eval", "a metric: parzen\nusage: " + USAGE, args.isEmpty() ? null : args.get(0));
        }
        Path root = null;
        String checkpoint = null;
        Integer draws = null;
        boolean history = false;
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(CHECKPOINT_OPTION) && checkpoint == null && !history) {
                checkpoint = optionValue(args, ++i, CHECKPOINT_OPTION, CHECKPOINTS);
                if (!checkpoint.equals(Runs.BEST) && !checkpoint.equals(Runs.LATEST)
                        && !checkpoint.matches(RunDirectory.ITERATION_DIGITS)) {
                    throw new ConfigException(CHECKPOINT_OPTION, CHECKPOINTS, checkpoint);
                }
            } else if (arg.equals(DRAWS_OPTION) && draws == null && !history) {
                draws = drawCount(optionValue(args, ++i, DRAWS_OPTION, DRAWS));
            } else if (arg.equals(HISTORY_OPTION) && checkpoint == null && draws == null && !history) {
                history = true;
            } else if (root == null && !arg.startsWith("--")) {
                root = Path.of(arg);
            } else {
                throw new ConfigException(arg, "RUN_DIR once, then optionally " + CHECKPOINT_OPTION + " and "
                        + DRAWS_OPTION + ", or " + HISTORY_OPTION + " alone\nusage: " + USAGE, null);
            }
        }
        if (root == null) {
            throw new ConfigException("eval parzen", "a run directory\nusage: " + USAGE, null);
        }
        String scored = checkpoint == null ? DEFAULT_CHECKPOINT : checkpoint;
        if (history) {
            ParzenHistory.write(new RunDirectory(root), out);
        } else if (draws != null) {
            ParzenDraws.write(new RunDirectory(root), scored, draws, out);
        } else {
            printScore(root, scored, out);
        }
    }

    private static String optionValue(List<String> args, int index, String option, String expected) {
        if (index >= args.size()) {
            throw new ConfigException(option, expected + " after " + option, null);
        }
        return args.get(index);
    }

    private static int drawCount(String value) {
        int count = value.matches("[0-9]{1,6}") ? Integer.parseInt(value) : 0;
        if (count < 2) {
            throw new ConfigException(DRAWS_OPTION, DRAWS, value);
        }
        return count;
    }

    private static void printScore(Path root, String checkpoint, PrintStream out) {
        Map<String, Object> result = score(new RunDirectory(root), checkpoint);
        out.println("Parzen window log-likelihood of " + root + " (" + checkpoint + " checkpoint):");
        result.forEach((key, value) -> {
            if (key.equals(CLASSES_KEY)) {
                out.println("  " + CLASSES_KEY + " (" + ClassBreakdown.CSV_HEADER + "):");
                ((List<?>) value).forEach(row -> out.println("    " + ((Map<?, ?>) row).values()));
            } else {
                out.printf("  %-22s %s%n", key, value);
            }
        });
        out.println("written to " + root.resolve(fileName(checkpoint)));
    }

    /** The file the result of scoring {@code checkpoint} goes to. */
    static String fileName(String checkpoint) {
        return "parzen-" + checkpoint + ".json";
    }

    /** Scores {@code checkpoint} of the run in {@code directory} and writes the result there. */
    static Map<String, Object> score(RunDirectory directory, String checkpoint) {
        Runs.Prepared prepared = prepare(directory);
        Path file = checkpointFile(directory, checkpoint);
        RestorableRun run = RestorableRun.of(prepared);
        MnistTraining training = run.restore(file);
        ParzenProtocol.Evaluation evaluation = ParzenProtocol.evaluate(training.networks(), run.random(), run.data(),
                run.parzenSamples(), training.trainBytes());

        Map<String, Object> result = new LinkedHashMap<>(ParzenProtocol.entries(evaluation.score(), ""));
        result.putAll(ParzenProtocol.entries(evaluation.dataScore(), "_data"));
        result.put("class_share_min", evaluation.classes().smallestSampleShare());
        result.put("checkpoint", checkpoint);
        result.put("iteration", training.state().iteration());
        result.put("epoch", training.epochsAt(training.state().iteration()));
        result.put("dataset", run.dataset().id());
        result.put(CLASSES_KEY, evaluation.classes().asMaps());
        directory.writeJson(fileName(checkpoint), result);
        return result;
    }

    /**
     * The file of {@code checkpoint} ({@link Runs#BEST}, {@link Runs#LATEST} or a kept iteration) in the run's
     * directory; a checkpoint the run does not have is bad input that lists those it keeps.
     */
    static Path checkpointFile(RunDirectory directory, String checkpoint) {
        Path file = switch (checkpoint) {
            case Runs.BEST -> directory.bestCheckpoint();
            case Runs.LATEST -> directory.checkpoint();
            default -> directory.keptCheckpoint(Long.parseLong(checkpoint));
        };
        if (!Files.isRegularFile(file)) {
            List<Long> kept = directory.keptIterations();
            throw ConfigException.withMessage(file.toString(), "no such checkpoint in this run directory, which "
                    + (kept.isEmpty() ? "keeps no iteration's checkpoint" : "keeps those of iterations " + kept));
        }
        return file;
    }

    /** The run's configuration, checked as at its start (data present, names registered). */
    static Runs.Prepared prepare(RunDirectory directory) {
        Runs.Stored stored = Runs.Stored.read(directory);
        if (!MnistExperiment.NAME.equals(stored.experiment())) {
            throw new ConfigException(directory.file(RunDirectory.CONFIG).toString(), "a run of the "
                    + MnistExperiment.NAME + " experiment", stored.experiment());
        }
        return Runs.prepare(stored.experiment(), stored.settings());
    }
}
