package org.jgan.experiments.mnist;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jgan.core.train.NoisePrior;
import org.jgan.experiments.config.Config;
import org.jgan.experiments.config.Setting;
import org.jgan.experiments.data.DatasetLocator;
import org.jgan.experiments.data.KnownDataset;
import org.jgan.experiments.metrics.ParzenEstimator;
import org.jgan.experiments.training.CommonSettings;
import org.jgan.experiments.training.TrainingLoop;
import org.jgan.models.architecture.GoodfellowMnist;

/**
 * The settings of the {@code mnist} experiment. Every default is the authors' {@code mnist.yaml} (Goodfellow et
 * al. 2014, goodfeli/adversarial) except the length of training, which the paper does not state.
 */
final class MnistSettings {
    /** Epochs of training unless {@link #ITERATIONS} is given. */
    static final long DEFAULT_EPOCHS = 100;
    /** Generated centres of the monitor's Parzen estimate: enough to rank checkpoints, a third of the paper's cost. */
    static final long DEFAULT_MONITOR_SAMPLES = 3000;
    /** Iterations between kept checkpoints: every 50 epochs at the authors' batch, six files over 300 epochs. */
    static final long DEFAULT_KEEP_EVERY = 25_000;

    static final Setting<String> DATASET = Setting.choice("dataset", KnownDataset.MNIST.id(), KnownDataset.names(),
            "the data set: MNIST as in the paper, or Fashion-MNIST with the same model and protocol");
    static final Setting<String> DATA_DIR = new Setting<>(DatasetLocator.DATA_DIR_KEY, "",
            "a directory holding the four IDX files (or a sub-directory named after the data set)",
            "where the data set is; empty: $" + DatasetLocator.ENVIRONMENT_VARIABLE + ", then the cache that `"
                    + DatasetLocator.FETCH_COMMAND + "` fills", text -> text);
    static final Setting<String> MODEL = CommonSettings.model(GoodfellowMnist.NAME);
    static final Setting<String> NOISE = Setting.choice("noise", NoisePrior.UNIFORM,
            List.of(NoisePrior.UNIFORM, NoisePrior.NORMAL), "p_z, unit variance either way: U(-sqrt 3, sqrt 3)^100 as "
                    + "the released mnist.yaml names it, or N(0, 1)^100, the released code's default for a config that "
                    + "names none");
    static final Setting<String> LOSS = CommonSettings.loss("non-saturating");
    static final Setting<String> UPDATE = CommonSettings.update("simultaneous");
    static final Setting<Long> K = CommonSettings.k(1);
    static final Setting<Long> EPOCHS = Setting.integer("epochs", DEFAULT_EPOCHS, 1,
            "passes over the 50,000 training images (the paper states no stopping rule)");
    static final Setting<Long> ITERATIONS = Setting.integer("iterations", 0, 0,
            "generator updates to run; when > 0 it overrides epochs (training stops after N)");
    static final Setting<Long> BATCH = CommonSettings.batchSize(100);
    static final Setting<Double> LEARNING_RATE = CommonSettings.learningRate(AuthorsSgd.LEARNING_RATE);
    static final Setting<Double> LR_DECAY = Setting.number("lr-decay", AuthorsSgd.DECAY, 1, true,
            Double.POSITIVE_INFINITY, "the learning rate is divided by this after every minibatch");
    static final Setting<Double> LR_FLOOR = Setting.number("lr-floor", AuthorsSgd.FLOOR, 0, true,
            Double.POSITIVE_INFINITY, "the learning rate never decays below this");
    static final Setting<Double> MOMENTUM_START = Setting.number("momentum-start", AuthorsSgd.MOMENTUM_START, 0, true,
            1, "classic momentum during the first epoch");
    static final Setting<Double> MOMENTUM_END = Setting.number("momentum-end", AuthorsSgd.MOMENTUM_END, 0, true, 1,
            "classic momentum from momentum-saturate-epoch on, reached linearly");
    static final Setting<Long> MOMENTUM_SATURATE = Setting.integer("momentum-saturate-epoch",
            AuthorsSgd.SATURATE_EPOCH, AuthorsSgd.START_EPOCH, "the (1-based) epoch at which momentum-end is reached");
    static final Setting<Double> D_LOSS_SCALE = Setting.positive("d-loss-scale",
            AuthorsSgd.DISCRIMINATOR_LOSS_SCALE, "D's gradient scale: the authors' D loss is 0.5·(BCE real + BCE fake)");
    static final Setting<String> DTYPE = CommonSettings.dtype("float");
    static final Setting<Long> LOG_EVERY = CommonSettings.logEvery(100);
    static final Setting<Long> CHECKPOINT_EVERY = CommonSettings.checkpointEvery(500);
    static final Setting<Long> KEEP_EVERY = Setting.integer("keep-every", DEFAULT_KEEP_EVERY, TrainingLoop.KEEP_NONE,
            "iterations between kept checkpoints (checkpoints/iteration-N.ckpt, 30 MB each; 0: none), which `"
                    + ParzenCommand.USAGE_KEPT + "` scores");
    static final Setting<Long> MONITOR_EVERY = Setting.integer("monitor-every", 500, 1,
            "iterations between Parzen monitor measurements on validation images (a multiple of log-every)");
    static final Setting<Long> MONITOR_SAMPLES = Setting.integer("monitor-samples", DEFAULT_MONITOR_SAMPLES, 1,
            "generated centres of the monitor's Parzen estimate (the full protocol uses "
                    + ParzenEstimator.PAPER_CENTRES + ")");
    static final Setting<Long> MONITOR_IMAGES = Setting.integer("monitor-images", ParzenEstimator.PAPER_SELECTION_IMAGES,
            1, "validation images (train[50000:60000]) the monitor scores; never the test set");

    static final Setting<Long> PARZEN_SAMPLES = Setting.integer("parzen-samples", ParzenEstimator.PAPER_CENTRES, 1,
            "generated samples (kernel centres) of the final Parzen protocol; the paper's "
                    + ParzenEstimator.PAPER_CENTRES + " (fewer only for quick checks: the estimate is biased low)");

    private MnistSettings() {
    }

    /** Every setting, in the order {@code --help} lists them. */
    static List<Setting<?>> all() {
        return List.of(DATASET, DATA_DIR, MODEL, NOISE, LOSS, UPDATE, K, EPOCHS, ITERATIONS, BATCH, LEARNING_RATE,
                LR_DECAY, LR_FLOOR, MOMENTUM_START, MOMENTUM_END, MOMENTUM_SATURATE, D_LOSS_SCALE, DTYPE, LOG_EVERY,
                CHECKPOINT_EVERY, KEEP_EVERY, MONITOR_EVERY, MONITOR_SAMPLES, MONITOR_IMAGES, PARZEN_SAMPLES);
    }

    /** The chosen data set. */
    static KnownDataset dataset(Config config) {
        return KnownDataset.byName(DATASET.key(), config.get(DATASET));
    }

    /** p_z as the {@code noise} setting names it, of G's input dimension. */
    static NoisePrior noise(Config config, int dimension) {
        return NoisePrior.unitVariance(config.get(NOISE), dimension);
    }

    /** The locator: the {@code data-dir} setting when given, then the environment and the cache. */
    static DatasetLocator locator(Config config) {
        String dir = config.get(DATA_DIR);
        return DatasetLocator.fromEnvironment(dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir)));
    }
}
