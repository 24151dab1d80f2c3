package org.jgan.experiments.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jgan.core.config.ConfigException;
import org.jgan.experiments.Experiment;
import org.jgan.experiments.config.ConfigSources;
import org.jgan.experiments.config.Setting;
import org.jgan.experiments.mnist.ParzenCommand;
import org.jgan.experiments.run.Progress;
import org.jgan.experiments.run.RunDirectory;
import org.jgan.experiments.run.Threads;
import org.jgan.experiments.training.TrainingLoop;
import org.jgan.experiments.wiring.Registry;
import org.jgan.experiments.wiring.Wiring;

/**
 * The {@code gan} command line. Exit status: 0 success, 2 bad input (the message names the field and what was
 * expected; no stack trace; nothing written), 1 a failure while running (the message says what was kept).
 */
public final class Main {
    /** Exit status for bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit status for a failure while running. */
    public static final int FAILED = 1;

    private static final String USAGE = """
            usage: gan list
                   gan run EXPERIMENT [--seed N] [--out DIR] [--config FILE.json] [--set key=value]... [--help]
                   gan resume DIR [--set key=value]...  (only the length of training, e.g. epochs=600)
                   gan fork DIR [--out DIR] [--checkpoint latest|best] [--set key=value]...
                   gan reproduce [--quick] [--out DIR] [--data-dir DIR]
                   %s
                   gan data fetch mnist|fashion-mnist [--dir DIR]
            """.formatted(ParzenCommand.USAGE);

    private static final String COMMANDS = "one of list, run, resume, fork, reproduce, eval, data\n" + USAGE;

    private static final String RESUME_USAGE = "gan resume DIR [--set key=value]... (only the length of training,"
            + " e.g. epochs, may be raised)";

    private static final String FORK_USAGE = "gan fork DIR [--out DIR] [--checkpoint latest|best] [--set key=value]..."
            + " (a new run from DIR's checkpoint, e.g. --set learning-rate=0.01)";

    private Main() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    /** Runs a command and returns its exit status. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            if (args.isEmpty()) {
                throw new ConfigException("command", COMMANDS, null);
            }
            List<String> rest = args.subList(1, args.size());
            switch (args.get(0)) {
                case "list" -> list(out);
                case "run" -> run(RunArguments.parse(rest), out, err);
                case "resume" -> resume(rest, out, err);
                case "fork" -> fork(rest, out, err);
                case "reproduce" -> {
                    return org.jgan.experiments.reproduce.ReproduceCommand.run(rest, out, err);
                }
                case "eval" -> ParzenCommand.run(rest, out);
                case "data" -> org.jgan.experiments.mnist.DataCommand.run(rest,
                        org.jgan.experiments.data.DatasetFetcher.overHttp(), out);
                case "--help", "-h", "help" -> out.print(USAGE);
                default -> throw new ConfigException("command", COMMANDS, args.get(0));
            }
            return 0;
        } catch (ConfigException e) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        } catch (TrainingLoop.TrainingDiverged e) {
            err.println();
            err.println("failed: " + e.getMessage());
            return FAILED;
        } catch (Exception e) {
            err.println();
            err.println("failed: " + e);
            e.printStackTrace(err);
            return FAILED;
        }
    }

    private static void list(PrintStream out) {
        Registry registry = Wiring.registry(List.of());
        registry.losses().forEach((name, loss) -> out.printf("loss        %-20s %s%n", name, loss));
        registry.models().forEach((name, model) -> out.printf("model       %-20s %s%n", name, model));
        registry.optimizers().forEach((name, opt) -> out.printf("optimizer   %-20s%n", name));
        registry.experiments().forEach((name, e) -> out.printf("experiment  %-20s %s%n", name, e.description()));
    }

    private static void run(RunArguments arguments, PrintStream out, PrintStream err) throws Exception {
        if (arguments.help()) {
            printHelp(arguments.experiment(), out);
            return;
        }
        Runs.Prepared prepared = Runs.prepare(arguments.experiment(), arguments.raw());
        Threads.configure();
        RunDirectory dir = Runs.start(prepared, arguments.out(), new Progress(err, true));
        printOutcome(dir, out);
    }

    private static void resume(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.isEmpty() || args.get(0).startsWith("--")) {
            throw new ConfigException("resume", "a run directory\nusage: " + RESUME_USAGE,
                    args.isEmpty() ? null : String.join(" ", args));
        }
        List<String> sets = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            if (!args.get(i).equals("--set") || i + 1 >= args.size()) {
                throw new ConfigException(args.get(i), "--set key=value after the run directory\nusage: "
                        + RESUME_USAGE, null);
            }
            sets.add(args.get(++i));
        }
        Threads.configure();
        printOutcome(Runs.resume(Path.of(args.get(0)), ConfigSources.parseOverrides(sets), new Progress(err, true)),
                out);
    }

    private static void fork(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.isEmpty() || args.get(0).startsWith("--")) {
            throw new ConfigException("fork", "a run directory\nusage: " + FORK_USAGE,
                    args.isEmpty() ? null : String.join(" ", args));
        }
        Path source = Path.of(args.get(0));
        Path target = null;
        String checkpoint = Runs.LATEST;
        List<String> sets = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            String option = args.get(i);
            if (!List.of("--out", "--checkpoint", "--set").contains(option) || i + 1 >= args.size()) {
                throw new ConfigException(option, "--out DIR, --checkpoint latest|best or --set key=value after the"
                        + " run directory\nusage: " + FORK_USAGE, null);
            }
            String value = args.get(++i);
            switch (option) {
                case "--out" -> target = Path.of(value);
                case "--checkpoint" -> checkpoint = value;
                default -> sets.add(value);
            }
        }
        Threads.configure();
        printOutcome(Runs.fork(source, checkpoint, target, ConfigSources.parseOverrides(sets), new Progress(err, true)),
                out);
    }

    private static void printHelp(String experimentName, PrintStream out) {
        Experiment experiment = Wiring.registry(List.of()).experiment(experimentName);
        out.println(experimentName + ": " + experiment.description());
        out.println();
        out.println("settings (--set key=value, or keys of --config FILE.json):");
        for (Setting<?> s : Runs.settingsOf(experiment)) {
            out.printf("  %-20s default %-22s %s (%s)%n", s.key(), "'" + s.defaultValue() + "'", s.description(),
                    s.expected());
        }
    }

    private static void printOutcome(RunDirectory dir, PrintStream out) {
        out.println("run directory: " + dir.root());
        Map<String, Object> summary = dir.readJson(RunDirectory.SUMMARY);
        summary.forEach((k, v) -> out.printf("  %-28s %s%n", k, v));
        out.println("report: " + dir.file(RunDirectory.REPORT));
    }

}
