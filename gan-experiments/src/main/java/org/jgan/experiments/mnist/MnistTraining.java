package org.jgan.experiments.mnist;

import static org.jgan.experiments.mnist.MnistSettings.BATCH;
import static org.jgan.experiments.mnist.MnistSettings.D_LOSS_SCALE;
import static org.jgan.experiments.mnist.MnistSettings.DTYPE;
import static org.jgan.experiments.mnist.MnistSettings.EPOCHS;
import static org.jgan.experiments.mnist.MnistSettings.ITERATIONS;
import static org.jgan.experiments.mnist.MnistSettings.K;
import static org.jgan.experiments.mnist.MnistSettings.LEARNING_RATE;
import static org.jgan.experiments.mnist.MnistSettings.LOSS;
import static org.jgan.experiments.mnist.MnistSettings.LR_DECAY;
import static org.jgan.experiments.mnist.MnistSettings.LR_FLOOR;
import static org.jgan.experiments.mnist.MnistSettings.MODEL;
import static org.jgan.experiments.mnist.MnistSettings.MOMENTUM_END;
import static org.jgan.experiments.mnist.MnistSettings.MOMENTUM_SATURATE;
import static org.jgan.experiments.mnist.MnistSettings.MOMENTUM_START;
import static org.jgan.experiments.mnist.MnistSettings.UPDATE;

import java.util.Locale;
import org.jgan.core.random.RandomStreams;
import org.jgan.core.train.GanState;
import org.jgan.core.train.Trainer;
import org.jgan.core.train.TrainerConfig;
import org.jgan.core.train.UpdateRule;
import org.jgan.experiments.config.Config;
import org.jgan.experiments.data.ImageDataset;
import org.jgan.experiments.data.Split;
import org.jgan.experiments.wiring.Registry;
import org.jgan.models.architecture.Architecture;
import org.jgan.models.architecture.GanNetworks;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The authors' MNIST training set up from a run's configuration: the networks (G's output bias from the per-pixel
 * means of the 50,000 training images; p_z from the {@code noise} setting), their optimizers ({@link AuthorsSgd};
 * D's gradient scaled by {@code d-loss-scale}), and a {@link Trainer} over {@link ShuffledEpochs} of train[0:50000].
 *
 * <p>The experiment trains it; {@code ./gan eval parzen} builds the same state to restore a checkpoint into.
 *
 * @param networks        G, D and p_z
 * @param trainer         the configured trainer, whose state holds both networks and optimizers
 * @param iterations      generator updates to run: {@code iterations} if &gt; 0, else epochs × batches per epoch
 * @param batchesPerEpoch minibatches in one pass over the training images
 * @param trainBytes      train[0:50000] as bytes ({@link ImageDataset#pixelBytes}), the matrix the batches are drawn
 *                        from, for whatever else needs the training images (Figure 2's nearest neighbours)
 */
record MnistTraining(GanNetworks networks, Trainer trainer, long iterations, int batchesPerEpoch, INDArray trainBytes) {
    /** Rows per block when averaging the training images in double. */
    private static final int MEAN_BLOCK_ROWS = 5000;

    /** Builds the training of {@code config} on {@code data}'s training split, initialised from the INIT stream. */
    static MnistTraining create(Config config, Registry registry, RandomStreams random, ImageDataset data) {
        DataType type = config.get(DTYPE).equals("double") ? DataType.DOUBLE : DataType.FLOAT;
        INDArray trainBytes = data.pixelBytes(Split.TRAIN);
        ShuffledEpochs epochs = new ShuffledEpochs(trainBytes, type, random);
        int batch = config.getInt(BATCH);
        int batchesPerEpoch = epochs.batchesPerEpoch(batch);

        Architecture architecture = registry.model(MODEL.key(), config.get(MODEL)).withDataMean(pixelMeans(data));
        GanNetworks built = architecture.build(data.pixelsPerImage(), type);
        GanNetworks networks = built.withPrior(MnistSettings.noise(config, built.prior().dimension()))
                .initialise(random.seed());

        int k = config.getInt(K);
        UpdateRule rule = UpdateRule.valueOf(config.get(UPDATE).toUpperCase(Locale.ROOT));
        // D's optimizer counts D updates (one per data batch); under Algorithm 1 G makes one update per k of them.
        long generatorStepsPerEpoch = rule == UpdateRule.ALTERNATING ? Math.max(1, batchesPerEpoch / k) : batchesPerEpoch;
        GanState state = new GanState(networks.generator(), networks.discriminator(),
                sgd(config, generatorStepsPerEpoch).create(1), sgd(config, batchesPerEpoch).create(config.get(D_LOSS_SCALE)));
        Trainer trainer = new Trainer(state, registry.loss(LOSS.key(), config.get(LOSS)), epochs, networks.prior(),
                new TrainerConfig(batch, k, rule), random);
        long iterations = config.get(ITERATIONS) > 0 ? config.get(ITERATIONS) : config.get(EPOCHS) * batchesPerEpoch;
        return new MnistTraining(networks, trainer, iterations, batchesPerEpoch, trainBytes);
    }

    /** The training state: both networks, both optimizers, the counters. */
    GanState state() {
        return trainer.state();
    }

    /** Passes over the training images that {@code iteration} generator updates make. */
    double epochsAt(long iteration) {
        return iteration / (double) batchesPerEpoch;
    }

    private static AuthorsSgd sgd(Config config, long stepsPerEpoch) {
        return new AuthorsSgd(config.get(LEARNING_RATE), config.get(LR_DECAY), config.get(LR_FLOOR),
                config.get(MOMENTUM_START), config.get(MOMENTUM_END), AuthorsSgd.START_EPOCH,
                config.get(MOMENTUM_SATURATE), stepsPerEpoch);
    }

    /** The mean of each pixel over train[0:50000], accumulated in double block by block. */
    static INDArray pixelMeans(ImageDataset data) {
        int n = data.size(Split.TRAIN);
        INDArray sum = Nd4j.zeros(DataType.DOUBLE, data.pixelsPerImage());
        for (int from = 0; from < n; from += MEAN_BLOCK_ROWS) {
            int to = Math.min(n, from + MEAN_BLOCK_ROWS);
            sum.addi(data.images(Split.TRAIN, from, to, DataType.DOUBLE).sum(0));
        }
        return sum.divi(n);
    }
}
