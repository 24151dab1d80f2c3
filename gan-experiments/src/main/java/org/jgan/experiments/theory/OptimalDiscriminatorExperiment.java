package org.jgan.experiments.theory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgan.core.config.ConfigException;
import org.jgan.core.distribution.DistributionSpec;
import org.jgan.core.divergence.Divergences;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.core.loss.DivergenceClaim;
import org.jgan.core.loss.ScoreOptimum;
import org.jgan.core.network.Network;
import org.jgan.core.random.RandomStreams.Stream;
import org.jgan.core.train.DistributionSource;
import org.jgan.experiments.Experiment;
import org.jgan.experiments.RunContext;
import org.jgan.experiments.config.Config;
import org.jgan.experiments.config.Setting;
import org.jgan.experiments.run.MetricsLog;
import org.jgan.experiments.run.RunDirectory;
import org.jgan.experiments.training.CommonSettings;
import org.jgan.experiments.training.OptimizerSettings;
import org.jgan.experiments.wiring.Registry;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Proposition 1 and Theorem 1 of Goodfellow et al. 2014 (arXiv 1406.2661) in numbers, for any registered loss:
 * p_g is held fixed as a known distribution, D alone is trained on fresh samples of both
 * ({@link DiscriminatorFit}), and then compared with what the loss declares.
 *
 * <ul>
 *   <li>Proposition 1: D against the declared optimum (D* = p_data/(p_data + p_g) for the minimax loss) on the
 *   grid of {@link OptimumGrid}, in the optimum's reporting units (probability for a classifier):
 *   {@code dstar_max_abs_error}, {@code dstar_mean_abs_error}.</li>
 *   <li>Theorem 1: {@code criterion_value} = V(D, G) = −L_D at the trained D over the whole distributions
 *   ({@link QuantileQuadrature}; for the minimax loss E_p log D + E_q log(1 − D)), against
 *   {@code criterion_theory}, the criterion the loss's divergence claim implies at its optimum
 *   ({@link DivergenceClaim#criterionAt}) with the claimed divergence computed by adaptive quadrature from the
 *   two densities: −log 4 + 2·JSD for the minimax loss, D_f for an f-GAN loss, 2·TV − 2 for the hinge loss,
 *   (Δ − 2)(b − a)²/8 for least squares. {@code jsd} is JSD(p_data ‖ p_g) by quadrature, whatever the loss.</li>
 * </ul>
 *
 * <p>Stopping rule: a fixed number of Adam steps whose learning rate decays linearly to {@code lr-decay-to} of
 * its start, on large fresh batches (ND4J's per-call overhead dominates small networks, so 1024 samples cost
 * little more than 64). The decay removes the step-size noise at the end, so the last D is close to the
 * architecture's population optimum; {@code metrics.csv} shows the errors flattening. The run is a few seconds
 * and a pure function of its configuration, so {@code ./gan resume} simply runs it again.
 */
public final class OptimalDiscriminatorExperiment implements Experiment {
    /** The registry name. */
    public static final String NAME = "optimal-discriminator";

    static final Setting<String> DATA = CommonSettings.univariateDistribution("data", "normal(0,1)", "p_data");
    static final Setting<String> MODEL = CommonSettings.univariateDistribution("model", "normal(1,1)",
            "p_g, held fixed while D trains (Proposition 1 holds G fixed)");
    static final Setting<String> LOSS = CommonSettings.loss("minimax");
    static final Setting<String> ARCHITECTURE = Setting.text("architecture", TheoryDiscriminator.NAME,
            TheoryDiscriminator.NAME + " or a registered 1-D model name (./gan list)",
            "the discriminator trained (in pooled standard units): " + TheoryDiscriminator.NAME
                    + ", or a registered model's discriminator");
    static final OptimizerSettings OPTIMIZER = OptimizerSettings.defaults("adam", 2e-3, 0.9, 0.9, 0.999, 0.01);
    static final Setting<Long> STEPS = Setting.integer("steps", 6000, 1, "discriminator updates");
    static final Setting<Long> BATCH = CommonSettings.batchSize(1024);
    static final Setting<String> DTYPE = CommonSettings.dtype("double");
    static final Setting<Long> GRID_POINTS = Setting.integer("grid-points", OptimumGrid.DEFAULT_POINTS, 3,
            "points across the span; those with p_data + p_g >= 1% of its maximum form the grid");
    static final Setting<Double> JUMP_BAND = Setting.number("jump-band", 0.15, 0, true, Double.POSITIVE_INFINITY,
            "half-width, in pooled standard deviations, of the band around each jump of D* set apart from the errors");
    static final Setting<Long> QUADRATURE_NODES = Setting.integer("quadrature-nodes", QuantileQuadrature.DEFAULT_NODES,
            2, "quantile-midpoint nodes per distribution for the criterion V(D, G)");
    static final Setting<Long> LOG_EVERY = CommonSettings.logEvery(100);

    static final List<String> COLUMNS = List.of("iteration", "d_loss", "divergence_estimate", "dstar_max_abs_error",
            "dstar_mean_abs_error");

    @Override
    public String description() {
        return "Proposition 1 and Theorem 1: train D alone against a fixed p_g, compare with the loss's declared "
                + "D* and criterion";
    }

    @Override
    public List<Setting<?>> settings() {
        List<Setting<?>> all = new ArrayList<>(List.of(DATA, MODEL, LOSS, ARCHITECTURE));
        all.addAll(OPTIMIZER.list());
        all.addAll(List.of(STEPS, BATCH, DTYPE, GRID_POINTS, JUMP_BAND, QUADRATURE_NODES, LOG_EVERY));
        return all;
    }

    @Override
    public void check(Config config, Registry registry) {
        AdversarialLoss loss = registry.loss(LOSS.key(), config.get(LOSS));
        if (loss.optimum().isEmpty()) {
            throw ConfigException.withMessage(LOSS.key(), "'" + config.get(LOSS)
                    + "' declares no optimal discriminator to compare with: " + loss.theoryCaveat());
        }
        TheoryDiscriminator.named(ARCHITECTURE.key(), config.get(ARCHITECTURE), registry, DataType.DOUBLE);
    }

    @Override
    public void run(RunContext context) {
        Config config = context.config();
        DensityPair pair = new DensityPair(DistributionSpec.parseUnivariate(DATA.key(), config.get(DATA)),
                DistributionSpec.parseUnivariate(MODEL.key(), config.get(MODEL)));
        AdversarialLoss loss = context.registry().loss(LOSS.key(), config.get(LOSS));
        ScoreOptimum optimum = loss.optimum().orElseThrow();
        DataType type = config.get(DTYPE).equals("double") ? DataType.DOUBLE : DataType.FLOAT;
        Network discriminator = pair.standardised(TheoryDiscriminator.named(ARCHITECTURE.key(),
                config.get(ARCHITECTURE), context.registry(), type));
        discriminator.initialise(context.random().seed(Stream.INIT, 1));
        long steps = config.get(STEPS);
        DiscriminatorFit fit = new DiscriminatorFit(discriminator, loss,
                new DistributionSource(pair.data(), context.random(), type),
                new DistributionSource(pair.model(), context.random(), type),
                OPTIMIZER.create(context, steps), config.getInt(BATCH), context.random());
        OptimumGrid grid = new OptimumGrid(pair, optimum, config.getInt(GRID_POINTS),
                config.get(JUMP_BAND) * pair.scale());

        train(context, fit, grid, optimum, steps, config.get(LOG_EVERY));

        double[] reported = DiscriminatorCurve.reported(discriminator, optimum, grid.xs());
        OptimumGrid.Errors errors = grid.errors(reported);
        QuantileQuadrature.Values achieved = new QuantileQuadrature(pair, config.getInt(QUADRATURE_NODES), type)
                .at(discriminator, loss);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("dstar_max_abs_error", errors.max());
        summary.put("dstar_mean_abs_error", errors.mean());
        summary.put("dstar_weighted_mean_abs_error", errors.weightedMean());
        summary.put("dstar_units", optimum.units());
        summary.put("dstar_max_abs_error_with_jump_bands", errors.maxWithBands());
        summary.put("jump_band_mass", grid.bandMass());
        summary.put("grid_points", grid.size());
        summary.put("criterion_value", achieved.criterion());
        summary.put("criterion_theory", loss.divergence()
                .map(c -> c.criterionAt(c.target().between(pair.data(), pair.model()))).orElse(Double.NaN));
        summary.put("jsd", Divergences.JENSEN_SHANNON.between(pair.data(), pair.model()));
        loss.divergence().ifPresent(claim -> {
            summary.put("divergence", claim.target().name());
            summary.put("divergence_estimate", achieved.estimate());
            summary.put("divergence_target", claim.target().between(pair.data(), pair.model()));
        });
        summary.put("steps", steps);
        context.writeSummary(summary);
        OptimalDiscriminatorFigure.write(context.directory(), pair, grid, reported, optimum, config.get(LOSS));
        OptimalDiscriminatorReport.write(context.directory(), config, summary, loss, pair, grid);
    }

    private static void train(RunContext context, DiscriminatorFit fit, OptimumGrid grid, ScoreOptimum optimum,
                              long steps, long logEvery) {
        try (MetricsLog log = MetricsLog.create(context.directory().file(RunDirectory.METRICS), COLUMNS)) {
            context.progress().start("training D", 0, steps);
            logRow(log, 0, Double.NaN, Double.NaN, fit, grid, optimum);
            for (long i = 0; i < steps; i++) {
                DiscriminatorFit.Step step = fit.step(i);
                long done = i + 1;
                if (!Double.isFinite(step.loss())) {
                    throw new IllegalStateException("the discriminator's loss became " + step.loss() + " at step "
                            + done + "; try a smaller learning-rate");
                }
                if (done % logEvery == 0 || done == steps) {
                    logRow(log, done, step.loss(), step.estimate(), fit, grid, optimum);
                }
                context.progress().update(done, "");
            }
        }
    }

    private static void logRow(MetricsLog log, long step, double loss, double estimate, DiscriminatorFit fit,
                               OptimumGrid grid, ScoreOptimum optimum) {
        OptimumGrid.Errors errors = grid.errors(DiscriminatorCurve.reported(fit.discriminator(), optimum, grid.xs()));
        log.append(step, loss, estimate, errors.max(), errors.mean());
    }
}
