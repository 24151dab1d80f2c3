package org.jgan.experiments.theory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgan.core.distribution.DistributionSpec;
import org.jgan.core.distribution.UnivariateDistribution;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.core.network.Network;
import org.jgan.core.network.Pass;
import org.jgan.core.network.Standardised;
import org.jgan.core.random.RandomStreams.Stream;
import org.jgan.core.train.DistributionSource;
import org.jgan.experiments.Experiment;
import org.jgan.experiments.RunContext;
import org.jgan.experiments.config.Config;
import org.jgan.experiments.config.Setting;
import org.jgan.experiments.run.MetricsLog;
import org.jgan.experiments.run.MetricsTable;
import org.jgan.experiments.run.RunDirectory;
import org.jgan.experiments.toy.Toy1d;
import org.jgan.experiments.training.CommonSettings;
import org.jgan.experiments.training.OptimizerSettings;
import org.jgan.losses.goodfellow.MinimaxLoss;
import org.jgan.losses.goodfellow.NonSaturatingLoss;
import org.jgan.models.architecture.GanNetworks;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Section 3 of Goodfellow et al. 2014 (arXiv 1406.2661): "Early in learning, when G is poor, D can reject
 * samples with high confidence ... log(1 − D(G(z))) saturates", while log D(G(z)) "provides much stronger
 * gradients early in learning".
 *
 * <p>The setting: a poor G — the architecture's freshly initialised generator placed {@code generator-offset}
 * robust standard deviations of p_data away from p_data's median (default −8: centred near 0 for
 * N(4, 0.5²)) — is frozen, and D alone is trained against it with the discriminator objective the two losses
 * share ({@link DiscriminatorFit}), so D grows confident. Every {@code log-every} D updates, the gradient each
 * generator objective would send to G is measured from the <em>same</em> D and G states and the same noise
 * batch ({@link GeneratorGradient}): ‖∂L_G/∂θ_G‖ and the mean per-sample |∂ℓ/∂x|. Their ratio
 * (non-saturating over minimax) grows like 1/D(G(z)): per sample it is exactly (1 − D)/D.
 *
 * <p>Summary: {@code d_fake_mean_initial}/{@code _final} (mean D(G(z))), {@code grad_norm_minimax_final},
 * {@code grad_norm_non_saturating_final}, {@code grad_ratio_initial}/{@code _final} (parameter-gradient norms)
 * and {@code sample_grad_ratio_final}. A run of seconds and a pure function of its configuration:
 * {@code ./gan resume} runs it again.
 */
public final class SaturationExperiment implements Experiment {
    /** The registry name. */
    public static final String NAME = "saturation";

    static final Setting<String> DATA = CommonSettings.univariateDistribution("data", "normal(4,0.5)", "p_data");
    static final Setting<String> MODEL = CommonSettings.model("mlp-1d");
    static final Setting<Double> OFFSET = Setting.number("generator-offset", -8, Double.NEGATIVE_INFINITY, true,
            Double.POSITIVE_INFINITY, "where the frozen G sits: its output is shifted this many robust standard "
                    + "deviations of p_data from p_data's median");
    static final OptimizerSettings OPTIMIZER = OptimizerSettings.defaults("adam", 1e-3, 0.9, 0.9, 0.999, 1);
    static final Setting<Long> STEPS = Setting.integer("steps", 2000, 1, "discriminator updates against the frozen G");
    static final Setting<Long> BATCH = CommonSettings.batchSize(1024);
    static final Setting<String> DTYPE = CommonSettings.dtype("double");
    static final Setting<Long> LOG_EVERY = CommonSettings.logEvery(20);
    static final Setting<Long> EVAL_SAMPLES = Setting.integer("eval-samples", 4096, 1,
            "noise vectors in the fixed batch the generator gradients are measured on");

    static final List<String> COLUMNS = List.of("iteration", "d_loss", "d_fake_mean", "grad_norm_minimax",
            "grad_norm_non_saturating", "sample_grad_minimax", "sample_grad_non_saturating", "grad_ratio");

    @Override
    public String description() {
        return "Section 3: the minimax generator's gradient vanishes as D grows confident, the non-saturating one's"
                + " does not";
    }

    @Override
    public List<Setting<?>> settings() {
        List<Setting<?>> all = new ArrayList<>(List.of(DATA, MODEL, OFFSET));
        all.addAll(OPTIMIZER.list());
        all.addAll(List.of(STEPS, BATCH, DTYPE, LOG_EVERY, EVAL_SAMPLES));
        return all;
    }

    @Override
    public void run(RunContext context) {
        Config config = context.config();
        UnivariateDistribution data = DistributionSpec.parseUnivariate(DATA.key(), config.get(DATA));
        DataType type = config.get(DTYPE).equals("double") ? DataType.DOUBLE : DataType.FLOAT;
        GanNetworks built = context.registry().model(MODEL.key(), config.get(MODEL)).build(1, type);
        double scale = Toy1d.scale(data);
        Network generator = Standardised.output(built.generator(), Toy1d.centre(data) + config.get(OFFSET) * scale,
                scale);
        Network discriminator = Standardised.input(built.discriminator(), Toy1d.centre(data), scale);
        generator.initialise(context.random().seed(Stream.INIT, 0));
        discriminator.initialise(context.random().seed(Stream.INIT, 1));
        AdversarialLoss minimax = context.registry().loss("loss", MinimaxLoss.NAME);
        AdversarialLoss nonSaturating = context.registry().loss("loss", NonSaturatingLoss.NAME);
        long steps = config.get(STEPS);
        DiscriminatorFit fit = new DiscriminatorFit(discriminator, minimax,
                new DistributionSource(data, context.random(), type),
                new GeneratorSource(generator, built.prior(), context.random()),
                OPTIMIZER.create(context, steps), config.getInt(BATCH), context.random());
        INDArray noise = built.prior().sample(config.getInt(EVAL_SAMPLES), context.random().seed(Stream.EVAL, 0),
                type);

        try (MetricsLog log = MetricsLog.create(context.directory().file(RunDirectory.METRICS), COLUMNS)) {
            context.progress().start("training D against a frozen G", 0, steps);
            log.append(0, measure(Double.NaN, generator, discriminator, noise, minimax, nonSaturating));
            for (long i = 0; i < steps; i++) {
                double loss = fit.step(i).loss();
                long done = i + 1;
                if (done % config.get(LOG_EVERY) == 0 || done == steps) {
                    log.append(done, measure(loss, generator, discriminator, noise, minimax, nonSaturating));
                }
                context.progress().update(done, "");
            }
        }
        MetricsTable metrics = MetricsTable.read(context.directory().file(RunDirectory.METRICS));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("d_fake_mean_initial", metrics.first("d_fake_mean"));
        summary.put("d_fake_mean_final", metrics.last("d_fake_mean"));
        summary.put("grad_norm_minimax_final", metrics.last("grad_norm_minimax"));
        summary.put("grad_norm_non_saturating_final", metrics.last("grad_norm_non_saturating"));
        summary.put("grad_ratio_initial", metrics.first("grad_ratio"));
        summary.put("grad_ratio_final", metrics.last("grad_ratio"));
        summary.put("sample_grad_ratio_final",
                metrics.last("sample_grad_non_saturating") / metrics.last("sample_grad_minimax"));
        summary.put("steps", steps);
        context.writeSummary(summary);
        SaturationFigure.write(context.directory(), metrics);
        SaturationReport.write(context.directory(), config, summary);
    }

    /** d_loss, mean D(G(z)), then both losses' gradients and the ratio of the parameter-gradient norms. */
    private static double[] measure(double loss, Network generator, Network discriminator, INDArray noise,
                                    AdversarialLoss minimax, AdversarialLoss nonSaturating) {
        GeneratorGradient.Measured[] g = GeneratorGradient.of(generator, discriminator, noise, minimax, nonSaturating);
        INDArray scores = discriminator.forward(generator.forward(noise, Pass.INFERENCE), Pass.INFERENCE);
        double dFake = Transforms.sigmoid(scores, true).meanNumber().doubleValue();
        return new double[] {loss, dFake, g[0].parameterNorm(), g[1].parameterNorm(), g[0].sampleMean(),
                g[1].sampleMean(), g[1].parameterNorm() / g[0].parameterNorm()};
    }
}
