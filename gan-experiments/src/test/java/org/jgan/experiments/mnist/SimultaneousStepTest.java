package org.jgan.experiments.mnist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.jgan.core.network.Pass;
import org.jgan.core.random.RandomStreams;
import org.jgan.core.random.RandomStreams.Stream;
import org.jgan.core.train.StepReport;
import org.jgan.experiments.cli.Runs;
import org.jgan.experiments.config.Config;
import org.jgan.experiments.data.ImageDataset;
import org.jgan.experiments.data.KnownDataset;
import org.jgan.experiments.data.SharedData;
import org.jgan.experiments.wiring.Registry;
import org.jgan.experiments.wiring.Wiring;
import org.jgan.models.architecture.GanNetworks;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The authors' simultaneous step on the real model (in double) moves each player downhill on its own loss, by the
 * first-order amount. With momentum 0 an SGD step is θ ← θ − η·s·g, so a loss L with gradient g at θ changes by
 * −η·s·‖g‖² + O(η²): the step's update u = −η·s·g (left in the network's gradient buffer by the optimizer) predicts
 * ΔL ≈ g·u = −‖u‖²/(η·s). For G's step, D is frozen by a gradient scale of 10⁻⁹; for D's, G's parameters are put
 * back after the step.
 */
class SimultaneousStepTest {
    private static final int BATCH = 100;

    private static MnistTraining training(double rate, double dScale) {
        Registry registry = Wiring.registry(List.of());
        Config config = Config.resolve(Runs.settingsOf(new MnistExperiment()), Map.of("dtype", "double",
                "learning-rate", Double.toString(rate), "momentum-start", "0", "momentum-end", "0",
                "d-loss-scale", Double.toString(dScale), "seed", "11"));
        ImageDataset data = SharedData.load(KnownDataset.MNIST);
        return MnistTraining.create(config, registry, new RandomStreams(11), data);
    }

    /** The losses of the first simultaneous step's batch (data batch 0, noise draw 0, its dropout masks) now. */
    private static double[] lossesOfFirstBatch(MnistTraining training, RandomStreams random, INDArray real) {
        GanNetworks networks = training.networks();
        INDArray z = networks.prior().sample(BATCH, random.seed(Stream.NOISE, 0), networks.generator().dataType());
        INDArray fake = networks.generator().forward(z, Pass.training(random.seed(Stream.DROPOUT, ~0L))).dup();
        INDArray scores = networks.discriminator().forward(Nd4j.vstack(real, fake),
                Pass.training(random.seed(Stream.DROPOUT, 0)));
        double[] s = scores.toDoubleVector();
        double d = 0;
        double g = 0;
        for (int i = 0; i < BATCH; i++) {
            d += softplus(-s[i]) + softplus(s[BATCH + i]);
            g += softplus(-s[BATCH + i]);
        }
        return new double[] {d / BATCH, g / BATCH};
    }

    private static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    @Test
    void theGeneratorMovesDownhillOnItsNonSaturatingLoss() {
        double rate = 1e-3;
        MnistTraining training = training(rate, 1e-9);
        RandomStreams random = new RandomStreams(11);
        INDArray real = firstBatch(training, random);
        double before = lossesOfFirstBatch(training, random, real)[1];
        StepReport report = training.trainer().iterate();
        assertThat(report.generatorLoss()).isCloseTo(before, within(1e-9));
        double predicted = -squaredNorm(training.networks().generator().gradients()) / rate;
        double after = lossesOfFirstBatch(training, random, real)[1];
        assertThat(predicted).isNegative();
        // Second-order terms are O(η²‖g‖²·curvature): allow a fifth of the first-order change.
        assertThat(after - before).isCloseTo(predicted, within(0.2 * Math.abs(predicted)));
    }

    @Test
    void theDiscriminatorMovesDownhillOnHalfItsLoss() {
        double rate = 1e-3;
        double scale = AuthorsSgd.DISCRIMINATOR_LOSS_SCALE;
        MnistTraining training = training(rate, scale);
        RandomStreams random = new RandomStreams(11);
        INDArray real = firstBatch(training, random);
        double before = lossesOfFirstBatch(training, random, real)[0];
        INDArray generatorBefore = training.networks().generator().parameters().dup();
        training.trainer().iterate();
        // Both players moved; put G back so that only D's step is measured.
        training.networks().generator().parameters().assign(generatorBefore);
        double predicted = -squaredNorm(training.networks().discriminator().gradients()) / (rate * scale);
        double after = lossesOfFirstBatch(training, random, real)[0];
        assertThat(predicted).isNegative();
        assertThat(after - before).isCloseTo(predicted, within(0.2 * Math.abs(predicted)));
    }

    /** The batch the trainer's first step draws: the same source over the same streams. */
    private static INDArray firstBatch(MnistTraining training, RandomStreams random) {
        INDArray bytes = SharedData.load(KnownDataset.MNIST).pixelBytes(org.jgan.experiments.data.Split.TRAIN);
        return new ShuffledEpochs(bytes, training.networks().generator().dataType(), random).batch(0, BATCH);
    }

    private static double squaredNorm(INDArray v) {
        return Transforms.pow(v, 2, true).sumNumber().doubleValue();
    }
}
