package org.jgan.experiments.theory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgan.core.distribution.DistributionSpec;
import org.jgan.core.distribution.UnivariateDistribution;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.core.random.RandomStreams.Stream;
import org.jgan.core.train.DistributionSource;
import org.jgan.core.train.GanState;
import org.jgan.core.train.Trainer;
import org.jgan.core.train.TrainerConfig;
import org.jgan.core.train.UpdateRule;
import org.jgan.experiments.Experiment;
import org.jgan.experiments.RunContext;
import org.jgan.experiments.config.Config;
import org.jgan.experiments.config.Setting;
import org.jgan.experiments.run.MetricsLog;
import org.jgan.experiments.run.MetricsTable;
import org.jgan.experiments.run.RunDirectory;
import org.jgan.experiments.toy.Toy1d;
import org.jgan.experiments.toy.Toy1dFigure;
import org.jgan.experiments.toy.Toy1dProbe;
import org.jgan.experiments.training.CommonSettings;
import org.jgan.experiments.training.OptimizerSettings;
import org.jgan.experiments.training.TrainingLoop;
import org.jgan.models.architecture.GanNetworks;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Proposition 2 of Goodfellow et al. 2014 (arXiv 1406.2661) in 1-D: if D reaches its optimum given G at every
 * step and p_g is updated to improve the criterion, p_g converges to p_data. The run trains the same GAN twice,
 * from the same seed and initial networks on the same p_data (default N(4, 0.5²)): once with a near-optimal
 * inner loop (k discriminator updates per generator update, D warm-started from the previous step, so it
 * tracks D* as G moves slowly), once with Algorithm 1's k = 1, and plots JSD(p_data ‖ p_g) and max |D − ½| of
 * both against the generator update.
 *
 * <p>Each variant is a complete toy-1d run in its own sub-directory ({@code near-optimal/}, {@code k1/}) with
 * its metrics, checkpoints and Figure 1 panels, measured by {@link Toy1dProbe}: JSD from a KDE of fresh
 * generator samples integrated against p_data's density; {@code dstar_max_abs_error} there shows how close the
 * inner loop keeps D to D* = p_data/(p_data + p̂_g). The root's metrics.csv puts the two side by side.
 * {@code ./gan resume} continues whichever variant was interrupted.
 *
 * <p>Summary: {@code jsd_final} (near-optimal inner loop) and {@code jsd_final_k1}, {@code jsd_initial},
 * {@code d_max_abs_dev_from_half_final} (and {@code _k1}), {@code dstar_max_abs_error_final} (and {@code _k1}),
 * {@code k}, {@code iterations}.
 */
public final class JsConvergenceExperiment implements Experiment {
    /** The registry name. */
    public static final String NAME = "js-convergence";
    /** The sub-directory of the near-optimal inner loop. */
    public static final String NEAR_OPTIMAL = "near-optimal";
    /** The sub-directory of Algorithm 1 with k = 1. */
    public static final String BASELINE = "k1";

    static final Setting<String> DATA = CommonSettings.univariateDistribution("data", "normal(4,0.5)", "p_data");
    static final Setting<String> LOSS = CommonSettings.loss("minimax");
    static final Setting<String> FGAN_GENERATOR = CommonSettings.fganGenerator("practical");
    static final Setting<String> MODEL = CommonSettings.model("mlp-1d");
    static final OptimizerSettings OPTIMIZER = OptimizerSettings.defaults("adam", 1e-3, 0.5, 0.5, 0.999, 0.05);
    static final Setting<Long> ITERATIONS = CommonSettings.iterations(2000);
    static final Setting<Long> BATCH = CommonSettings.batchSize(256);
    static final Setting<Long> K = Setting.integer("k", 10, 2,
            "discriminator updates per generator update in the near-optimal variant (the baseline uses 1)");
    static final Setting<String> DTYPE = CommonSettings.dtype("float");
    static final Setting<Long> LOG_EVERY = CommonSettings.logEvery(100);
    static final Setting<Long> CHECKPOINT_EVERY = CommonSettings.checkpointEvery(500);
    static final Setting<Long> EVAL_SAMPLES = Setting.integer("eval-samples", 10_000, 10_000,
            "generator samples behind each JSD measurement (KDE against p_data's density)");

    @Override
    public String description() {
        return "Proposition 2: JSD(p_data || p_g) -> 0 and D -> 1/2 with a near-optimal inner loop, against k = 1";
    }

    @Override
    public List<Setting<?>> settings() {
        List<Setting<?>> all = new ArrayList<>(List.of(DATA, LOSS, FGAN_GENERATOR, MODEL));
        all.addAll(OPTIMIZER.list());
        all.addAll(List.of(ITERATIONS, BATCH, K, DTYPE, LOG_EVERY, CHECKPOINT_EVERY, EVAL_SAMPLES));
        return all;
    }

    @Override
    public void run(RunContext context) {
        Config config = context.config();
        long iterations = config.get(ITERATIONS);
        int k = config.getInt(K);
        MetricsTable nearOptimal = train(context, NEAR_OPTIMAL, k);
        MetricsTable baseline = train(context, BASELINE, 1);

        writeSideBySide(context.directory(), nearOptimal, baseline);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("jsd_initial", nearOptimal.first("jsd"));
        summary.put("jsd_final", nearOptimal.last("jsd"));
        summary.put("jsd_final_k1", baseline.last("jsd"));
        summary.put("d_max_abs_dev_from_half_final", nearOptimal.last("d_max_abs_dev_from_half"));
        summary.put("d_max_abs_dev_from_half_final_k1", baseline.last("d_max_abs_dev_from_half"));
        summary.put("dstar_max_abs_error_final", nearOptimal.last("dstar_max_abs_error"));
        summary.put("dstar_max_abs_error_final_k1", baseline.last("dstar_max_abs_error"));
        summary.put("k", (long) k);
        summary.put("iterations", iterations);
        context.writeSummary(summary);
        JsConvergenceFigure.write(context.directory(), nearOptimal, baseline, k, config.get(LOSS));
        JsConvergenceReport.write(context.directory(), config, summary, context.registry().loss(LOSS.key(),
                config.get(LOSS)));
    }

    /** One complete toy-1d training in {@code name}/ with k discriminator updates per generator update. */
    private static MetricsTable train(RunContext parent, String name, int k) {
        Config config = parent.config();
        RunDirectory directory = new RunDirectory(parent.directory().root().resolve(name)).create();
        RunContext context = new RunContext(config, directory, parent.registry(), parent.random(), parent.resuming(),
                parent.progress());
        UnivariateDistribution data = DistributionSpec.parseUnivariate(DATA.key(), config.get(DATA));
        AdversarialLoss loss = context.registry().loss(LOSS.key(), config.get(LOSS));
        DataType type = config.get(DTYPE).equals("double") ? DataType.DOUBLE : DataType.FLOAT;
        GanNetworks networks = Toy1d.standardised(
                context.registry().model(MODEL.key(), config.get(MODEL)).build(1, type), data);
        networks.generator().initialise(context.random().seed(Stream.INIT, 0));
        networks.discriminator().initialise(context.random().seed(Stream.INIT, 1));
        long iterations = config.get(ITERATIONS);
        long logEvery = config.get(LOG_EVERY);
        GanState state = new GanState(networks.generator(), networks.discriminator(),
                OPTIMIZER.create(context, iterations), OPTIMIZER.create(context, iterations * k));
        Trainer trainer = new Trainer(state, loss, new DistributionSource(data, context.random(), type),
                networks.prior(), new TrainerConfig(config.getInt(BATCH), k, UpdateRule.ALTERNATING), context.random());
        Toy1dProbe probe = new Toy1dProbe(data, networks, loss, context, config.getInt(EVAL_SAMPLES),
                Toy1dFigure.panelIterations(iterations, logEvery));
        new TrainingLoop(context, trainer, Toy1dProbe.COLUMNS, probe, logEvery, config.get(CHECKPOINT_EVERY))
                .run(iterations);
        MetricsTable metrics = MetricsTable.read(directory.file(RunDirectory.METRICS));
        Toy1dFigure.write(directory, metrics, config.get(LOSS) + ", k = " + k, iterations, logEvery);
        return metrics;
    }

    /** The root metrics.csv: both variants' measurements at the shared logged iterations. */
    private static void writeSideBySide(RunDirectory directory, MetricsTable nearOptimal, MetricsTable baseline) {
        List<String> columns = new ArrayList<>(List.of("iteration"));
        for (String column : Toy1dProbe.COLUMNS) {
            columns.add(column + "_" + NEAR_OPTIMAL.replace('-', '_'));
            columns.add(column + "_" + BASELINE);
        }
        double[] iterations = nearOptimal.column("iteration");
        try (MetricsLog log = MetricsLog.create(directory.file(RunDirectory.METRICS), columns)) {
            for (int i = 0; i < iterations.length; i++) {
                double[] row = new double[2 * Toy1dProbe.COLUMNS.size()];
                for (int c = 0; c < Toy1dProbe.COLUMNS.size(); c++) {
                    row[2 * c] = nearOptimal.column(Toy1dProbe.COLUMNS.get(c))[i];
                    row[2 * c + 1] = baseline.column(Toy1dProbe.COLUMNS.get(c))[i];
                }
                log.append((long) iterations[i], row);
            }
        }
    }
}
