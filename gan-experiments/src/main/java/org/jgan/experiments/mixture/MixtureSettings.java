package org.jgan.experiments.mixture;

import java.util.ArrayList;
import java.util.List;
import org.jgan.core.config.ConfigException;
import org.jgan.core.distribution.Distribution;
import org.jgan.core.distribution.DistributionSpec;
import org.jgan.core.distribution.ModalDistribution;
import org.jgan.experiments.config.Config;
import org.jgan.experiments.config.Setting;
import org.jgan.experiments.metrics.ModeCoverage;
import org.jgan.experiments.training.CommonSettings;
import org.jgan.experiments.training.OptimizerSettings;
import org.jgan.models.architecture.ToyMlp2d;

/**
 * The settings of {@code mixture-2d}: one configuration shared by every loss, so that the losses are compared
 * and not the tuning. Adam (β1 = 0.5) at 1e-3 decaying linearly to a tenth, batch 256, Algorithm 1 with k = 1.
 */
final class MixtureSettings {
    /** Seeds per run: the mode-collapse papers average over at least five. */
    static final long DEFAULT_SEEDS = 5;

    static final Setting<String> DATA = CommonSettings.distribution("data", PacGanBaseline.RING.spec(),
            "p_data: a mixture with known modes, ring(M,r,std) or grid(n,spacing,std)");
    static final Setting<String> LOSS = CommonSettings.loss("non-saturating");
    static final Setting<String> FGAN_GENERATOR = CommonSettings.fganGenerator("practical");
    static final Setting<String> MODEL = CommonSettings.model(ToyMlp2d.NAME);
    static final Setting<Boolean> STANDARDISE = Setting.flag("standardise", true,
            "G and D work in standard units of p_data (centre 0, unit spread) inside a data-unit wrapper");
    static final OptimizerSettings OPTIMIZER = OptimizerSettings.defaults("adam", 1e-3, 0.5, 0.5, 0.999, 0.1);
    static final Setting<Long> ITERATIONS = CommonSettings.iterations(5000);
    static final Setting<Long> BATCH = CommonSettings.batchSize(256);
    static final Setting<Long> K = CommonSettings.k(1);
    static final Setting<String> UPDATE = CommonSettings.update("alternating");
    static final Setting<String> DTYPE = CommonSettings.dtype("float");
    static final Setting<Long> LOG_EVERY = CommonSettings.logEvery(250);
    static final Setting<Long> CHECKPOINT_EVERY = CommonSettings.checkpointEvery(1000);
    static final Setting<Long> SEEDS = Setting.integer("seeds", DEFAULT_SEEDS, 1,
            "independent trainings in this run, each in its own seed-N/ directory, seeded from the run's seed");
    static final Setting<Long> EVAL_SAMPLES = Setting.integer("eval-samples", ModeCoverage.PROTOCOL_SAMPLES, 1,
            "generator samples behind each mode-coverage measurement (the protocol draws "
                    + ModeCoverage.PROTOCOL_SAMPLES + ")");

    private MixtureSettings() {
    }

    /** Every setting, in the order {@code --help} lists them. */
    static List<Setting<?>> all() {
        List<Setting<?>> all = new ArrayList<>(List.of(DATA, LOSS, FGAN_GENERATOR, MODEL, STANDARDISE));
        all.addAll(OPTIMIZER.list());
        all.addAll(List.of(ITERATIONS, BATCH, K, UPDATE, DTYPE, LOG_EVERY, CHECKPOINT_EVERY, SEEDS, EVAL_SAMPLES));
        return all;
    }

    /** p_data, which must be a 2-D mixture with known modes. */
    static ModalDistribution data(Config config) {
        Distribution data = DistributionSpec.parse(DATA.key(), config.get(DATA));
        if (!(data instanceof ModalDistribution modal) || data.dimension() != 2) {
            throw new ConfigException(DATA.key(), "a 2-D mixture with known modes: ring(M,r,std) or "
                    + "grid(n,spacing,std)", config.get(DATA));
        }
        return modal;
    }
}
