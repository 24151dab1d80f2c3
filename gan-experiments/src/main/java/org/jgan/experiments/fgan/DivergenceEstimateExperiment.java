package org.jgan.experiments.fgan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgan.core.config.ConfigException;
import org.jgan.core.distribution.DistributionSpec;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.core.loss.DivergenceClaim;
import org.jgan.core.network.Network;
import org.jgan.core.random.RandomStreams.Stream;
import org.jgan.core.train.DistributionSource;
import org.jgan.experiments.Experiment;
import org.jgan.experiments.RunContext;
import org.jgan.experiments.config.Config;
import org.jgan.experiments.config.Setting;
import org.jgan.experiments.run.MetricsLog;
import org.jgan.experiments.run.RunDirectory;
import org.jgan.experiments.theory.DensityPair;
import org.jgan.experiments.theory.DiscriminatorFit;
import org.jgan.experiments.training.CommonSettings;
import org.jgan.experiments.training.OptimizerSettings;
import org.jgan.experiments.wiring.Registry;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Variational divergence estimation (Nowozin, Cseke, Tomioka 2016, arXiv 1606.00709, Section 2): with P and Q
 * fixed, only the critic trains, maximising the loss's bound; for an f-GAN loss
 * D_f(P ‖ Q) ≥ sup_T E_P[T] − E_Q[f*(T)] with T = g_f(V), tight at T* = f′(p/q).
 *
 * <p>The critic (the discriminator of the {@code critic} architecture, reading x in standard units of the pooled
 * density (P + Q)/2, {@link DensityPair#discriminator}) trains on fresh batches of both ({@link DiscriminatorFit}),
 * by Adam whose learning rate decays linearly to {@code lr-decay-to} of its start, so the last steps average
 * the batch noise away. Big batches cost little: ND4J's per-call overhead dominates a small network.
 *
 * <p>Summary: {@code estimate} is the loss's estimate on {@code heldout-batches} × {@code heldout-batch-size}
 * fresh samples of each distribution with its {@code standard_error} ({@link HeldOutEstimate});
 * {@code true_value} is the claim's divergence by adaptive quadrature from the two densities;
 * {@code relative_error} = (estimate − true_value)/|true_value|, negative when the bound lies below, as a
 * variational lower bound should up to sampling error; {@code divergence} names it. metrics.csv and
 * plots/estimate.png follow the held-out estimate on the first {@value #MONITOR_BATCHES} batches as training goes.
 */
public final class DivergenceEstimateExperiment implements Experiment {
    /** The registry name. */
    public static final String NAME = "divergence-estimate";
    /** Held-out batches behind each logged estimate during training (the final estimate uses all of them). */
    public static final int MONITOR_BATCHES = 10;

    static final Setting<String> DATA = CommonSettings.univariateDistribution("data", "normal(0,1)",
            "P, the distribution the critic scores as real");
    static final Setting<String> MODEL = CommonSettings.univariateDistribution("model", "normal(1,1)",
            "Q, the fixed distribution the critic scores as fake");
    static final Setting<String> LOSS = CommonSettings.loss("kl");
    static final Setting<String> CRITIC = Setting.text("critic", "mlp-1d", "a registered 1-D model name (./gan list)",
            "whose discriminator is the critic (reading x in standard units of (P + Q)/2)")
            .referring(Setting.Reference.MODEL);
    static final OptimizerSettings OPTIMIZER = OptimizerSettings.defaults("adam", 2e-3, 0.9, 0.9, 0.999, 0.01);
    static final Setting<Long> STEPS = Setting.integer("steps", 4000, 1, "critic updates");
    static final Setting<Long> BATCH = CommonSettings.batchSize(2048);
    static final Setting<String> DTYPE = CommonSettings.dtype("double");
    static final Setting<Long> HELDOUT_BATCHES = Setting.integer("heldout-batches", HeldOutEstimate.DEFAULT_BATCHES,
            MONITOR_BATCHES, "held-out batches behind the final estimate (its standard error is by batch means)");
    static final Setting<Long> HELDOUT_BATCH_SIZE = Setting.integer("heldout-batch-size",
            HeldOutEstimate.DEFAULT_BATCH_SIZE, 1, "held-out samples of each distribution per batch");
    static final Setting<Long> LOG_EVERY = CommonSettings.logEvery(100);

    static final List<String> COLUMNS = List.of("iteration", "d_loss", "batch_estimate", "heldout_estimate",
            "heldout_standard_error");

    @Override
    public String description() {
        return "Variational divergence estimation (f-GAN, Section 2): train only the critic on fixed P and Q, "
                + "compare its held-out bound with the divergence by quadrature";
    }

    @Override
    public List<Setting<?>> settings() {
        List<Setting<?>> all = new ArrayList<>(List.of(DATA, MODEL, LOSS, CRITIC));
        all.addAll(OPTIMIZER.list());
        all.addAll(List.of(STEPS, BATCH, DTYPE, HELDOUT_BATCHES, HELDOUT_BATCH_SIZE, LOG_EVERY));
        return all;
    }

    @Override
    public void check(Config config, Registry registry) {
        AdversarialLoss loss = registry.loss(LOSS.key(), config.get(LOSS));
        if (loss.divergence().isEmpty()) {
            throw ConfigException.withMessage(LOSS.key(), "'" + config.get(LOSS)
                    + "' claims no divergence to estimate: " + loss.theoryCaveat());
        }
        try {
            registry.model(CRITIC.key(), config.get(CRITIC)).build(1, DataType.DOUBLE);
        } catch (ConfigException e) {
            throw ConfigException.withMessage(CRITIC.key(), e.getMessage());
        }
    }

    @Override
    public void run(RunContext context) {
        Config config = context.config();
        DensityPair pair = new DensityPair(DistributionSpec.parseUnivariate(DATA.key(), config.get(DATA)),
                DistributionSpec.parseUnivariate(MODEL.key(), config.get(MODEL)));
        AdversarialLoss loss = context.registry().loss(LOSS.key(), config.get(LOSS));
        DivergenceClaim claim = loss.divergence().orElseThrow();
        DataType type = config.get(DTYPE).equals("double") ? DataType.DOUBLE : DataType.FLOAT;
        Network critic = pair.discriminator(context.registry().model(CRITIC.key(), config.get(CRITIC)), type);
        critic.initialise(context.random().seed(Stream.INIT, 1));
        long steps = config.get(STEPS);
        DiscriminatorFit fit = new DiscriminatorFit(critic, loss,
                new DistributionSource(pair.data(), context.random(), type),
                new DistributionSource(pair.model(), context.random(), type),
                OPTIMIZER.create(context, steps), config.getInt(BATCH), context.random());
        HeldOutEstimate heldOut = new HeldOutEstimate(pair.data(), pair.model(), context.random(),
                config.getInt(HELDOUT_BATCHES), config.getInt(HELDOUT_BATCH_SIZE), type);

        train(context, fit, heldOut, claim, steps, config.get(LOG_EVERY));

        HeldOutEstimate.Estimate estimate = heldOut.of(critic, claim);
        double trueValue = claim.target().between(pair.data(), pair.model());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("divergence", claim.target().name());
        summary.put("estimate", estimate.value());
        summary.put("standard_error", estimate.standardError());
        summary.put("true_value", trueValue);
        summary.put("relative_error", (estimate.value() - trueValue) / Math.abs(trueValue));
        summary.put("heldout_samples", estimate.samplesPerSide());
        summary.put("steps", steps);
        context.writeSummary(summary);
        EstimateFigure.write(context.directory(), claim.target().name(), trueValue, config.get(LOSS));
        DivergenceEstimateReport.write(context.directory(), config, summary, loss, pair);
    }

    private static void train(RunContext context, DiscriminatorFit fit, HeldOutEstimate heldOut,
                              DivergenceClaim claim, long steps, long logEvery) {
        try (MetricsLog log = MetricsLog.create(context.directory().file(RunDirectory.METRICS), COLUMNS)) {
            context.progress().start("training the critic", 0, steps);
            logRow(log, 0, Double.NaN, Double.NaN, fit, heldOut, claim);
            for (long i = 0; i < steps; i++) {
                DiscriminatorFit.Step step = fit.step(i);
                long done = i + 1;
                if (!Double.isFinite(step.loss())) {
                    throw new IllegalStateException("the critic's loss became " + step.loss() + " at step " + done
                            + "; try a smaller learning-rate");
                }
                if (done % logEvery == 0 || done == steps) {
                    logRow(log, done, step.loss(), step.estimate(), fit, heldOut, claim);
                }
                context.progress().update(done, "");
            }
        }
    }

    private static void logRow(MetricsLog log, long step, double loss, double batchEstimate, DiscriminatorFit fit,
                               HeldOutEstimate heldOut, DivergenceClaim claim) {
        HeldOutEstimate.Estimate monitored = heldOut.of(fit.discriminator(), claim, MONITOR_BATCHES);
        log.append(step, loss, batchEstimate, monitored.value(), monitored.standardError());
    }
}
