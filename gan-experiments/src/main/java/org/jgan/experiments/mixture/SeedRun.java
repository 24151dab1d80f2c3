package org.jgan.experiments.mixture;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jgan.core.distribution.ModalDistribution;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.core.random.RandomStreams;
import org.jgan.core.random.RandomStreams.Stream;
import org.jgan.core.train.DistributionSource;
import org.jgan.core.train.GanState;
import org.jgan.core.train.Trainer;
import org.jgan.core.train.TrainerConfig;
import org.jgan.core.train.UpdateRule;
import org.jgan.experiments.RunContext;
import org.jgan.experiments.config.Config;
import org.jgan.experiments.metrics.ModeCoverage;
import org.jgan.experiments.run.RunDirectory;
import org.jgan.experiments.training.TrainingLoop;
import org.jgan.models.architecture.GanNetworks;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * One seed of {@code mixture-2d}: a complete training run in the sub-directory {@code seed-N/} of the run, with
 * its own metrics.csv (losses, modes captured and high-quality percentage every {@code log-every} iterations),
 * checkpoints, summary.json, and the samples of its last iteration as plots/samples.csv and plots/samples.png.
 *
 * <p>Seed N trains with the random streams of seed s_N = draw N of the run's INIT stream (the run itself
 * initialises nothing), so seeds are independent and fixed by the run's seed. When the run is resumed, a seed
 * whose summary.json exists is read back, the interrupted one continues from its checkpoint, and the rest start
 * afresh: the result equals the uninterrupted run's.
 */
final class SeedRun {
    /** seed-N/ holds seed N. */
    static final String DIRECTORY_PREFIX = "seed-";

    /**
     * What one seed reached at its last iteration.
     *
     * @param index              N, the seed's position in the run
     * @param seed               s_N, the seed its streams derive from
     * @param modesCaptured      modes nearest to at least one high-quality sample
     * @param modes              modes in the mixture
     * @param highQualityPercent percentage of samples within 3σ of their nearest mode
     */
    record Result(int index, long seed, int modesCaptured, int modes, double highQualityPercent) {
        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("seed_index", index);
            map.put("seed", seed);
            map.put("modes_captured", modesCaptured);
            map.put("modes", modes);
            map.put("high_quality_percent", highQualityPercent);
            return map;
        }

        static Result from(Map<String, Object> summary) {
            return new Result(((Number) summary.get("seed_index")).intValue(),
                    ((Number) summary.get("seed")).longValue(), ((Number) summary.get("modes_captured")).intValue(),
                    ((Number) summary.get("modes")).intValue(),
                    ((Number) summary.get("high_quality_percent")).doubleValue());
        }

        /** A row of seeds.csv. */
        String csvRow() {
            return String.format(Locale.ROOT, "%d,%d,%d,%s", index, seed, modesCaptured, highQualityPercent);
        }
    }

    private SeedRun() {
    }

    /** The directory of seed {@code index} in {@code run}. */
    static RunDirectory directory(RunDirectory run, int index) {
        return new RunDirectory(run.root().resolve(DIRECTORY_PREFIX + index));
    }

    /** Trains seed {@code index} of the run (or reads it back when a resumed run already finished it). */
    static Result run(RunContext run, ModalDistribution data, int index) {
        RunDirectory directory = directory(run.directory(), index);
        if (run.resuming() && Files.isRegularFile(directory.file(RunDirectory.SUMMARY))) {
            return Result.from(directory.readJson(RunDirectory.SUMMARY));
        }
        directory.create();
        long seed = run.random().seed(Stream.INIT, index);
        RunContext context = new RunContext(run.config(), directory, run.registry(), new RandomStreams(seed),
                run.resuming(), run.progress());
        Config config = context.config();

        DataType type = config.get(MixtureSettings.DTYPE).equals("double") ? DataType.DOUBLE : DataType.FLOAT;
        GanNetworks networks = context.registry().model(MixtureSettings.MODEL.key(), config.get(MixtureSettings.MODEL))
                .build(data.dimension(), type);
        if (config.get(MixtureSettings.STANDARDISE)) {
            networks = StandardUnits.of(networks, data);
        }
        networks.generator().initialise(context.random().seed(Stream.INIT, 0));
        networks.discriminator().initialise(context.random().seed(Stream.INIT, 1));
        long iterations = config.get(MixtureSettings.ITERATIONS);
        long k = config.get(MixtureSettings.K);
        GanState state = new GanState(networks.generator(), networks.discriminator(),
                MixtureSettings.OPTIMIZER.create(context, iterations),
                MixtureSettings.OPTIMIZER.create(context, iterations * k));
        AdversarialLoss loss = context.registry().loss(MixtureSettings.LOSS.key(), config.get(MixtureSettings.LOSS));
        Trainer trainer = new Trainer(state, loss, new DistributionSource(data, context.random(), type),
                networks.prior(), new TrainerConfig(config.getInt(MixtureSettings.BATCH), (int) k,
                UpdateRule.valueOf(config.get(MixtureSettings.UPDATE).toUpperCase(Locale.ROOT))), context.random());

        ModeCoverage coverage = new ModeCoverage(data);
        CoverageProbe probe = new CoverageProbe(networks, coverage, context.random(),
                config.getInt(MixtureSettings.EVAL_SAMPLES));
        new TrainingLoop(context, trainer, CoverageProbe.COLUMNS, probe, config.get(MixtureSettings.LOG_EVERY),
                config.get(MixtureSettings.CHECKPOINT_EVERY)).run(iterations);

        double[] samples = probe.samples(iterations);
        ModeCoverage.Coverage last = coverage.evaluate(samples);
        Result result = new Result(index, seed, last.modesCaptured(), last.modes(), CoverageProbe.percent(last));
        MixtureFigures.writeSamples(directory.plot(MixtureFigures.SAMPLES_CSV), samples);
        MixtureFigures.samples(MixtureFigures.seedTitle(result), MixtureFigures.columns(samples), data)
                .writePng(directory.plot(MixtureFigures.SAMPLES_PNG), 700, 700);
        Map<String, Object> summary = result.asMap();
        summary.put("samples", last.samples());
        summary.put("iterations", iterations);
        context.writeSummary(summary);
        return result;
    }
}
