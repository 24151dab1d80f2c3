package org.jgan.experiments.toy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgan.core.distribution.DistributionSpec;
import org.jgan.core.distribution.UnivariateDistribution;
import org.jgan.core.divergence.Divergences;
import org.jgan.core.divergence.KernelDensity;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.core.loss.ScoreOptimum;
import org.jgan.core.network.Network;
import org.jgan.core.network.Pass;
import org.jgan.core.random.RandomStreams.Stream;
import org.jgan.core.train.DistributionSource;
import org.jgan.core.train.GanState;
import org.jgan.core.train.NoisePrior;
import org.jgan.core.train.Trainer;
import org.jgan.core.train.TrainerConfig;
import org.jgan.core.train.UpdateRule;
import org.jgan.experiments.Experiment;
import org.jgan.experiments.RunContext;
import org.jgan.experiments.config.Config;
import org.jgan.experiments.config.Setting;
import org.jgan.experiments.run.MetricsTable;
import org.jgan.experiments.run.RunDirectory;
import org.jgan.experiments.training.CommonSettings;
import org.jgan.experiments.training.OptimizerSettings;
import org.jgan.experiments.training.TrainingLoop;
import org.jgan.models.architecture.Architecture;
import org.jgan.models.architecture.GanNetworks;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The 1-D picture of Goodfellow et al. 2014, Figure 1: a GAN learns p_data = N(4, 0.5²) (by default) while
 * the run tracks JSD(p_data ‖ p_g) — p_data's density against a Gaussian KDE of generator samples, integrated
 * by quadrature — and the discriminator against the optimum D* = p_data / (p_data + p_g) of Proposition 1.
 *
 * <p>Summary: {@code jsd_initial}, {@code jsd_final}, {@code d_max_abs_dev_from_half} (max |D(x) − ½| over the
 * central 98 % of p_data at the end; Figure 1(d) has D = ½ everywhere), {@code dstar_max_abs_error} and
 * {@code iterations}. Plots: JSD against iteration, and p_data, p_g, D, D* at four moments of training.
 */
public final class Toy1dExperiment implements Experiment {
    /** Generator samples behind each JSD measurement. */
    public static final int DEFAULT_EVAL_SAMPLES = 10_000;
    /** Grid points for D against D*. */
    public static final int GRID_POINTS = 201;
    /** D is compared with ½ over the central 1 − 2·TAIL of p_data. */
    public static final double TAIL = 0.01;

    static final Setting<String> DATA = CommonSettings.univariateDistribution("data", "normal(4,0.5)", "p_data");
    static final Setting<String> LOSS = CommonSettings.loss("non-saturating");
    static final Setting<String> MODEL = CommonSettings.model("mlp-1d");
    static final Setting<String> FGAN_GENERATOR = CommonSettings.fganGenerator("practical");
    static final OptimizerSettings OPTIMIZER = OptimizerSettings.defaults("adam", 1e-3, 0.5, 0.5, 0.999, 0.05);
    static final Setting<Long> ITERATIONS = CommonSettings.iterations(4000);
    static final Setting<Long> BATCH = CommonSettings.batchSize(256);
    static final Setting<Long> K = CommonSettings.k(1);
    static final Setting<String> UPDATE = CommonSettings.update("alternating");
    static final Setting<String> DTYPE = CommonSettings.dtype("float");
    static final Setting<Long> LOG_EVERY = CommonSettings.logEvery(100);
    static final Setting<Long> CHECKPOINT_EVERY = CommonSettings.checkpointEvery(500);
    static final Setting<Long> EVAL_SAMPLES = Setting.integer("eval-samples", DEFAULT_EVAL_SAMPLES, 10_000,
            "generator samples behind each JSD measurement (KDE against p_data's density)");

    @Override
    public String description() {
        return "Figure 1 in 1-D: learn p_data (default N(4, 0.5^2)), track JSD(p_data || p_g) and D against D*";
    }

    @Override
    public List<Setting<?>> settings() {
        List<Setting<?>> all = new ArrayList<>(List.of(DATA, LOSS, FGAN_GENERATOR, MODEL));
        all.addAll(OPTIMIZER.list());
        all.addAll(List.of(ITERATIONS, BATCH, K, UPDATE, DTYPE, LOG_EVERY, CHECKPOINT_EVERY, EVAL_SAMPLES));
        return all;
    }

    @Override
    public void run(RunContext context) {
        Config config = context.config();
        UnivariateDistribution data = DistributionSpec.parseUnivariate(DATA.key(), config.get(DATA));
        AdversarialLoss loss = context.registry().loss(LOSS.key(), config.get(LOSS));
        Architecture architecture = context.registry().model(MODEL.key(), config.get(MODEL));
        DataType type = config.get(DTYPE).equals("double") ? DataType.DOUBLE : DataType.FLOAT;
        GanNetworks networks = Toy1d.standardised(architecture.build(1, type), data);
        networks.generator().initialise(context.random().seed(Stream.INIT, 0));
        networks.discriminator().initialise(context.random().seed(Stream.INIT, 1));
        long iterations = config.get(ITERATIONS);
        GanState state = new GanState(networks.generator(), networks.discriminator(),
                OPTIMIZER.create(context, iterations), OPTIMIZER.create(context, iterations * config.get(K)));
        TrainerConfig trainerConfig = new TrainerConfig(config.getInt(BATCH), config.getInt(K),
                UpdateRule.valueOf(config.get(UPDATE).toUpperCase(java.util.Locale.ROOT)));
        Trainer trainer = new Trainer(state, loss, new DistributionSource(data, context.random(), type),
                networks.prior(), trainerConfig, context.random());

        Toy1dProbe probe = new Toy1dProbe(data, networks, loss, context, config.getInt(EVAL_SAMPLES),
                Toy1dFigure.panelIterations(iterations, config.get(LOG_EVERY)));
        new TrainingLoop(context, trainer, Toy1dProbe.COLUMNS, probe, config.get(LOG_EVERY),
                config.get(CHECKPOINT_EVERY)).run(iterations);

        MetricsTable metrics = MetricsTable.read(context.directory().file(RunDirectory.METRICS));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("jsd_initial", metrics.first("jsd"));
        summary.put("jsd_final", metrics.last("jsd"));
        summary.put("d_max_abs_dev_from_half", metrics.last("d_max_abs_dev_from_half"));
        summary.put("dstar_max_abs_error", metrics.last("dstar_max_abs_error"));
        summary.put("divergence_estimate_final", metrics.last("divergence_estimate"));
        summary.put("iterations", iterations);
        context.writeSummary(summary);
        Toy1dFigure.write(context.directory(), metrics, config.get(LOSS), iterations, config.get(LOG_EVERY));
        Toy1dReport.write(context.directory(), config, summary, loss);
    }
}
