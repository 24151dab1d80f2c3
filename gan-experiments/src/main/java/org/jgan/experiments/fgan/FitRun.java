package org.jgan.experiments.fgan;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jgan.core.distribution.Normal;
import org.jgan.core.distribution.UnivariateDistribution;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.core.loss.DivergenceClaim;
import org.jgan.core.network.Network;
import org.jgan.core.network.Standardised;
import org.jgan.core.random.RandomStreams.Stream;
import org.jgan.core.train.DistributionSource;
import org.jgan.core.train.GanState;
import org.jgan.core.train.NoisePrior;
import org.jgan.core.train.Trainer;
import org.jgan.core.train.TrainerConfig;
import org.jgan.core.train.UpdateRule;
import org.jgan.experiments.RunContext;
import org.jgan.experiments.config.Config;
import org.jgan.experiments.run.RunDirectory;
import org.jgan.experiments.toy.Toy1d;
import org.jgan.experiments.training.TrainingLoop;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * One divergence of {@code fgan-gaussian-fit}: the affine generator N(μ, σ²) trained against a critic with that
 * divergence's loss, as a complete training run in the sub-directory {@code loss-NAME/} of the run (its own
 * metrics.csv with μ and σ at every logged iteration, checkpoints, summary.json).
 *
 * <p>Every divergence trains with the run's own random streams: the same critic initialisation, data batches and
 * noise, so the fits differ by the divergence alone. Afterwards the critic's bound F(ω̂, θ̂) is measured on
 * held-out samples of P and of Q_θ̂ = N(μ̂, σ̂²) ({@link HeldOutEstimate}), the generator's exact distribution.
 * A resumed run reads back a divergence whose summary.json exists, continues the interrupted one from its
 * checkpoint and starts the rest afresh, which gives the uninterrupted run's result.
 */
final class FitRun {
    /** loss-NAME/ holds the run of loss NAME. */
    static final String DIRECTORY_PREFIX = "loss-";
    /** The generator's parameters logged beside the losses. */
    static final List<String> COLUMNS = List.of("mean", "std");

    /**
     * What training with one loss reached.
     *
     * @param loss          the registered loss name
     * @param mean          μ̂
     * @param std           σ̂
     * @param bound         F(ω̂, θ̂), the claim's estimate on held-out samples
     * @param boundError    its standard error
     */
    record Result(String loss, double mean, double std, double bound, double boundError) {
        Normal distribution() {
            return new Normal(mean, std);
        }

        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("loss", loss);
            map.put("mean", mean);
            map.put("std", std);
            map.put("bound", bound);
            map.put("bound_standard_error", boundError);
            return map;
        }

        static Result from(Map<String, Object> summary) {
            return new Result((String) summary.get("loss"), number(summary, "mean"), number(summary, "std"),
                    number(summary, "bound"), number(summary, "bound_standard_error"));
        }

        private static double number(Map<String, Object> summary, String key) {
            return ((Number) summary.get(key)).doubleValue();
        }
    }

    private FitRun() {
    }

    /** The directory of loss {@code name} in {@code run}. */
    static RunDirectory directory(RunDirectory run, String name) {
        return new RunDirectory(run.root().resolve(DIRECTORY_PREFIX + name));
    }

    /** Trains with loss {@code name} (or reads it back when a resumed run already finished it). */
    static Result run(RunContext run, UnivariateDistribution data, String name) {
        RunDirectory directory = directory(run.directory(), name);
        if (run.resuming() && Files.isRegularFile(directory.file(RunDirectory.SUMMARY))) {
            return Result.from(directory.readJson(RunDirectory.SUMMARY));
        }
        directory.create();
        RunContext context = new RunContext(run.config(), directory, run.registry(), run.random(), run.resuming(),
                run.progress());
        Config config = context.config();
        DataType type = config.get(GaussianFitSettings.DTYPE).equals("double") ? DataType.DOUBLE : DataType.FLOAT;
        AdversarialLoss loss = context.registry().loss(GaussianFitSettings.LOSSES.key(), name);
        Network generator = AffineGenerator.build(config.get(GaussianFitSettings.INIT_MEAN),
                config.get(GaussianFitSettings.INIT_STD), type);
        Network critic = Standardised.input(context.registry()
                .model(GaussianFitSettings.CRITIC.key(), config.get(GaussianFitSettings.CRITIC))
                .build(1, type).discriminator(), Toy1d.centre(data), Toy1d.scale(data));
        generator.initialise(context.random().seed(Stream.INIT, 0));
        critic.initialise(context.random().seed(Stream.INIT, 1));
        long iterations = config.get(GaussianFitSettings.ITERATIONS);
        long k = config.get(GaussianFitSettings.K);
        GanState state = new GanState(generator, critic, GaussianFitSettings.OPTIMIZER.create(context, iterations),
                GaussianFitSettings.OPTIMIZER.create(context, iterations * k));
        Trainer trainer = new Trainer(state, loss, new DistributionSource(data, context.random(), type),
                NoisePrior.normal(1, 0, 1), new TrainerConfig(config.getInt(GaussianFitSettings.BATCH), (int) k,
                UpdateRule.valueOf(config.get(GaussianFitSettings.UPDATE).toUpperCase(Locale.ROOT))),
                context.random());
        new TrainingLoop(context, trainer, COLUMNS, iteration -> {
            Normal q = AffineGenerator.fitted(generator);
            return new double[] {q.mean(), q.std()};
        }, config.get(GaussianFitSettings.LOG_EVERY), config.get(GaussianFitSettings.CHECKPOINT_EVERY)).run(iterations);

        Normal fitted = AffineGenerator.fitted(generator);
        DivergenceClaim claim = loss.divergence().orElseThrow();
        HeldOutEstimate.Estimate bound = new HeldOutEstimate(data, fitted, context.random(),
                config.getInt(GaussianFitSettings.HELDOUT_BATCHES),
                config.getInt(GaussianFitSettings.HELDOUT_BATCH_SIZE), type).of(critic, claim);
        Result result = new Result(name, fitted.mean(), fitted.std(), bound.value(), bound.standardError());
        Map<String, Object> summary = result.asMap();
        summary.put("iterations", iterations);
        context.writeSummary(summary);
        return result;
    }
}
