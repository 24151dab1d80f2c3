package org.jgan.experiments.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jgan.core.config.ConfigException;
import org.jgan.core.train.Checkpoint;
import org.jgan.core.random.RandomStreams;
import org.jgan.experiments.Experiment;
import org.jgan.losses.fgan.GeneratorObjective;
import org.jgan.experiments.RunContext;
import org.jgan.experiments.config.Config;
import org.jgan.experiments.config.Setting;
import org.jgan.experiments.run.Progress;
import org.jgan.experiments.run.Provenance;
import org.jgan.experiments.run.RunDirectory;
import org.jgan.experiments.training.CommonSettings;
import org.jgan.experiments.wiring.Registry;
import org.jgan.experiments.wiring.Wiring;

/** Starting, resuming and forking runs: configuration, preflight checks, the run directory, then the experiment. */
public final class Runs {
    /** The config.json key that records which experiment ran. */
    static final String EXPERIMENT_KEY = "experiment";
    /** The checkpoint a fork starts from by default: where the source run stopped. */
    public static final String LATEST = "latest";
    /** The best checkpoint by the experiment's own monitor. */
    public static final String BEST = "best";

    private Runs() {
    }

    /** A configured run, checked and ready to start. */
    public record Prepared(String name, Experiment experiment, Config config, Registry registry) {
    }

    /**
     * A run directory's config.json: the experiment's name and the settings as text, as {@link #prepare} takes them.
     *
     * @param experiment the registered experiment name
     * @param settings   every setting the run resolved, by key
     */
    public record Stored(String experiment, Map<String, String> settings) {
        /** Reads {@code dir}'s config.json; a directory without one is bad input naming it. */
        public static Stored read(RunDirectory dir) {
            Path config = dir.file(RunDirectory.CONFIG);
            if (!Files.isRegularFile(config)) {
                throw ConfigException.withMessage(dir.root().toString(), "is not a run directory (no "
                        + RunDirectory.CONFIG + ")");
            }
            Map<String, String> raw = new LinkedHashMap<>();
            dir.readJson(RunDirectory.CONFIG).forEach((k, v) -> raw.put(k, String.valueOf(v)));
            String name = raw.remove(EXPERIMENT_KEY);
            if (name == null) {
                throw ConfigException.withMessage(config.toString(), "has no '" + EXPERIMENT_KEY + "' key");
            }
            return new Stored(name, Map.copyOf(raw));
        }

        /** The stored settings resolved for {@code experiment}: the configuration the run had. */
        public Config resolve(Experiment experiment) {
            return Config.resolve(settingsOf(experiment), settings);
        }

        /** The settings with {@code changes} applied over them. */
        public Map<String, String> with(Map<String, String> changes) {
            Map<String, String> merged = new LinkedHashMap<>(settings);
            merged.putAll(changes);
            return merged;
        }
    }

    /** Resolves and checks a run's configuration; writes nothing. */
    public static Prepared prepare(String experimentName, Map<String, String> raw) {
        String modules = raw.getOrDefault(CommonSettings.MODULES.key(), "");
        Registry registry = Wiring.registry(CommonSettings.moduleClasses(modules));
        Experiment experiment = registry.experiment(experimentName);
        List<Setting<?>> settings = settingsOf(experiment);
        Config config = Config.resolve(settings, raw);
        Object objective = config.asMap().get(CommonSettings.FGAN_GENERATOR_KEY);
        if (objective != null) {
            registry = Wiring.registry(CommonSettings.moduleClasses(modules),
                    Wiring.generatorObjective(GeneratorObjective.valueOf(objective.toString().toUpperCase(Locale.ROOT))));
        }
        Preflight.check(experiment, settings, config, registry);
        return new Prepared(experimentName, experiment, config, registry);
    }

    /** The settings of an experiment: the common ones, then its own. */
    public static List<Setting<?>> settingsOf(Experiment experiment) {
        List<Setting<?>> settings = new ArrayList<>(CommonSettings.common());
        settings.addAll(experiment.settings());
        return settings;
    }

    /** Starts a new run in {@code out} (or a fresh default directory), which must be new or empty. */
    public static RunDirectory start(Prepared run, Path out, Progress progress) throws Exception {
        long seed = run.config().get(CommonSettings.SEED);
        RunDirectory dir = newDirectory(out != null ? out : defaultDirectory(run.name(), seed)).create();
        dir.writeJson(RunDirectory.CONFIG, configJson(run));
        dir.writeJson(RunDirectory.PROVENANCE, Provenance.current(seed));
        execute(run, dir, false, progress);
        return dir;
    }

    /**
     * Continues the run in {@code root} from its last checkpoint, with its own configuration, except that
     * {@code longer} may raise the experiment's {@link Experiment#lengthSettings()}; config.json then records the new
     * values before training goes on. Bad overrides are rejected before anything is written.
     */
    public static RunDirectory resume(Path root, Map<String, String> longer, Progress progress) throws Exception {
        RunDirectory dir = new RunDirectory(root);
        Stored stored = Stored.read(dir);
        Prepared run = prepare(stored.experiment(), stored.with(longer));
        checkOnlyLonger(run, stored.resolve(run.experiment()), longer.keySet());
        checkSameMachineSettings(dir, run.config().get(CommonSettings.SEED));
        if (!longer.isEmpty()) {
            dir.writeJson(RunDirectory.CONFIG, configJson(run));
        }
        execute(run, dir, true, progress);
        return dir;
    }

    /**
     * Starts a new run in {@code out} that continues {@code source}'s training from one of its checkpoints with some
     * of the experiment's {@link Experiment#forkSettings()} changed, e.g. a smaller learning rate from iteration
     * 150,000 on. The new run begins with a copy of that checkpoint (and of the best checkpoint, where the experiment
     * keeps one from no later), and of metrics.csv, which resuming cuts to the fork point; config.json holds the
     * changed settings; provenance.json records the source, the checkpoint, its iteration and each changed setting
     * as "before → after". The source is only read. Everything is checked before {@code out} is created.
     *
     * @param checkpoint {@code latest} or {@code best}
     * @param out        the new run's directory, new or empty; null for one beside the source, named after it
     */
    public static RunDirectory fork(Path source, String checkpoint, Path out, Map<String, String> changes,
                                    Progress progress) throws Exception {
        RunDirectory parent = new RunDirectory(source);
        Stored stored = Stored.read(parent);
        Prepared run = prepare(stored.experiment(), stored.with(changes));
        checkForkable(run, changes.keySet());
        Path from = switch (checkpoint) {
            case LATEST -> parent.checkpoint();
            case BEST -> parent.bestCheckpoint();
            default -> throw new ConfigException("--checkpoint", LATEST + " or " + BEST, checkpoint);
        };
        if (!Files.isRegularFile(from)) {
            throw ConfigException.withMessage(from.toString(), "no such checkpoint to fork from");
        }
        long iteration = Checkpoint.iteration(from);
        Path best = parent.bestCheckpoint();
        boolean copyBest = Files.isRegularFile(best) && !best.equals(from);
        long bestIteration = copyBest ? Checkpoint.iteration(best) : iteration;
        if (bestIteration > iteration) {
            throw ConfigException.withMessage(best.toString(), "is from iteration " + bestIteration
                    + ", after the fork point " + iteration + ": fork from --checkpoint " + BEST
                    + ", or resume the run past that iteration first");
        }
        Path sourceRoot = source.toAbsolutePath().normalize();
        Path root = out != null ? out : sourceRoot.resolveSibling(sourceRoot.getFileName() + "-fork-" + timeStamp());
        RunDirectory dir = newDirectory(root).create();
        dir.writeJson(RunDirectory.CONFIG, configJson(run));
        Map<String, Object> provenance = Provenance.current(run.config().get(CommonSettings.SEED));
        provenance.put("forked_from", sourceRoot.toString());
        provenance.put("fork_checkpoint", checkpoint);
        provenance.put("fork_iteration", iteration);
        Map<String, String> changed = new TreeMap<>();
        Config before = stored.resolve(run.experiment());
        for (String key : changes.keySet()) {
            changed.put(key, before.asMap().get(key) + " → " + run.config().asMap().get(key));
        }
        provenance.put("fork_changes", changed);
        dir.writeJson(RunDirectory.PROVENANCE, provenance);
        Files.copy(parent.file(RunDirectory.METRICS), dir.file(RunDirectory.METRICS));
        Files.copy(from, dir.checkpoint());
        Files.copy(copyBest ? best : from, dir.bestCheckpoint());
        execute(run, dir, true, progress);
        return dir;
    }

    /** Each key of {@code changed} is one the experiment lets a fork change. */
    private static void checkForkable(Prepared run, Set<String> changed) {
        List<String> forkable = run.experiment().forkSettings().stream().map(Setting::key).toList();
        for (String key : changed) {
            if (!forkable.contains(key)) {
                throw new ConfigException(key, forkable.isEmpty()
                        ? "no --set: runs of " + run.name() + " cannot be forked"
                        : "one of " + forkable + " (how training goes on; a fork keeps what is trained)", null);
            }
        }
    }

    /** Each key of {@code changed} is a length setting of the experiment, not lowered from the {@code original}. */
    private static void checkOnlyLonger(Prepared longer, Config original, Set<String> changed) {
        List<Setting<Long>> lengths = longer.experiment().lengthSettings();
        for (String key : changed) {
            Setting<Long> length = lengths.stream().filter(s -> s.key().equals(key)).findFirst()
                    .orElseThrow(() -> new ConfigException(key, lengths.isEmpty()
                            ? "no --set: runs of " + longer.name() + " resume with their own configuration"
                            : "one of " + lengths.stream().map(Setting::key).toList() + " (the length of training;"
                                    + " a resumed run keeps the rest of its configuration)", null));
            long before = original.get(length);
            if (longer.config().get(length) < before) {
                throw new ConfigException(key, "at least " + before + ", the run's own value (a resume can only"
                        + " train longer)", longer.config().get(length));
            }
        }
    }

    /** What config.json holds: the experiment's name, then every setting. */
    private static Map<String, Object> configJson(Prepared run) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(EXPERIMENT_KEY, run.name());
        config.putAll(run.config().asMap());
        return config;
    }

    private static void execute(Prepared run, RunDirectory dir, boolean resuming, Progress progress) throws Exception {
        long seed = run.config().get(CommonSettings.SEED);
        run.experiment().run(new RunContext(run.config(), dir, run.registry(), new RandomStreams(seed), resuming,
                progress));
    }

    /** ND4J's bits depend on thread counts and native build; a resume that changes them would not continue exactly. */
    private static void checkSameMachineSettings(RunDirectory dir, long seed) {
        Map<String, Object> recorded = dir.readJson(RunDirectory.PROVENANCE);
        Map<String, Object> now = Provenance.current(seed);
        for (Map.Entry<String, String> match : Provenance.MUST_MATCH_ON_RESUME.entrySet()) {
            String key = match.getKey();
            String field = dir.file(RunDirectory.PROVENANCE) + ": " + key;
            if (!recorded.containsKey(key)) {
                throw new ConfigException(field, "a recorded value; the run was started by an older jgan that did not"
                        + " record it (./gan fork DIR continues it as a new run)", "none");
            }
            if (!Objects.equals(String.valueOf(recorded.get(key)), String.valueOf(now.get(key)))) {
                throw new ConfigException(field,
                        recorded.get(key) + " as when the run started (set " + match.getValue() + " to match)",
                        now.get(key));
            }
        }
    }

    private static Path defaultDirectory(String experiment, long seed) {
        return Path.of("runs", experiment + "-seed" + seed + "-" + timeStamp());
    }

    private static String timeStamp() {
        return LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    }

    /** {@code root}, which must not exist or be an empty directory: a run never writes into another's files. */
    private static RunDirectory newDirectory(Path root) {
        if (Files.exists(root) && !isEmptyDirectory(root)) {
            throw new ConfigException("--out", "a new or empty directory (./gan resume DIR continues a run)", root);
        }
        return new RunDirectory(root);
    }

    private static boolean isEmptyDirectory(Path path) {
        try (var entries = Files.list(path)) {
            return Files.isDirectory(path) && entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
