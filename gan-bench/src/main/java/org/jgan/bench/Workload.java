package org.jgan.bench;

import java.util.List;
import org.jgan.core.distribution.Normal;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.core.optim.Hyperparameters;
import org.jgan.core.optim.OptimizerFactory;
import org.jgan.core.optim.Schedule;
import org.jgan.core.random.RandomStreams;
import org.jgan.core.train.DataSource;
import org.jgan.core.train.DistributionSource;
import org.jgan.core.train.GanState;
import org.jgan.core.train.Trainer;
import org.jgan.core.train.TrainerConfig;
import org.jgan.core.train.UpdateRule;
import org.jgan.experiments.toy.Toy1d;
import org.jgan.experiments.wiring.Registry;
import org.jgan.experiments.wiring.Wiring;
import org.jgan.models.architecture.GanNetworks;
import org.jgan.models.architecture.GoodfellowMnist;
import org.jgan.models.architecture.ToyMlp1d;
import org.jgan.models.network.Sequential;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * A training step to time: a core {@link Trainer} wired from the registries exactly as the experiments wire it, and
 * the matrix products one of its iterations runs. The PyTorch reference ({@code bench/torch_reference.py}) builds
 * the same networks, loss, optimizer, batch and update rule.
 *
 * @param name     the workload's name in the results table
 * @param trainer  the trainer; {@code trainer.iterate()} is one step
 * @param products the matrix products of one step ({@link StepProducts})
 */
public record Workload(String name, Trainer trainer, List<GemmShape> products) {
    /** The authors' minibatch. */
    public static final int MNIST_BATCH = 100;
    /** The authors' initial learning rate (constant here: a schedule costs nothing per step). */
    public static final double MNIST_LEARNING_RATE = 0.1;
    /** The authors' initial momentum. */
    public static final double MNIST_MOMENTUM = 0.5;
    /** The 1-D toy's batch. */
    public static final int TOY_BATCH = 256;
    /** The 1-D toy's Adam learning rate. */
    public static final double TOY_LEARNING_RATE = 1e-3;
    /** The 1-D toy's Adam β1. */
    public static final double TOY_BETA1 = 0.5;
    /** The 1-D toy's p_data = N(4, 0.5²). */
    public static final Normal TOY_DATA = new Normal(4, 0.5);
    /** Every workload's seed. */
    public static final long SEED = 42;

    /**
     * Goodfellow et al.'s MNIST step: {@code model} ({@value GoodfellowMnist#NAME} or {@value GoodfellowMnist#RELU_NAME})
     * in float32, batch 100 of synthetic 784-pixel rows, the non-saturating loss, SGD with classic momentum (lr 0.1,
     * μ 0.5) for G and D, and the given update rule (the authors' code: simultaneous).
     */
    public static Workload mnist(String model, UpdateRule rule) {
        Registry registry = Wiring.registry(List.of());
        GanNetworks networks = registry.model("model", model).build(GoodfellowMnist.DATA_DIMENSION, DataType.FLOAT)
                .initialise(SEED);
        OptimizerFactory sgd = registry.optimizer("optimizer", "sgd");
        Hyperparameters hyper = new Hyperparameters(Schedule.constant(MNIST_LEARNING_RATE),
                Schedule.constant(MNIST_MOMENTUM), 0.9, 0.999);
        GanState state = new GanState(networks.generator(), networks.discriminator(), sgd.create(hyper),
                sgd.create(hyper));
        DataSource data = new SyntheticImages(SyntheticImages.DEFAULT_POOL_ROWS, GoodfellowMnist.DATA_DIMENSION,
                DataType.FLOAT, SEED);
        return build(model + "/" + rule.name().toLowerCase(java.util.Locale.ROOT), registry, networks, networks,
                state, data, MNIST_BATCH, rule);
    }

    /**
     * A step of the 1-D toy as {@code toy-1d} runs it: {@value ToyMlp1d#NAME} in standard units of N(4, 0.5²),
     * float32, batch 256, the non-saturating loss, Adam (lr 1e-3, β1 0.5, β2 0.999), Algorithm 1 with k = 1.
     */
    public static Workload toy1d() {
        Registry registry = Wiring.registry(List.of());
        GanNetworks raw = registry.model("model", ToyMlp1d.NAME).build(1, DataType.FLOAT).initialise(SEED);
        GanNetworks networks = Toy1d.standardised(raw, TOY_DATA);
        OptimizerFactory adam = registry.optimizer("optimizer", "adam");
        Hyperparameters hyper = new Hyperparameters(Schedule.constant(TOY_LEARNING_RATE), Schedule.constant(0.5),
                TOY_BETA1, 0.999);
        GanState state = new GanState(networks.generator(), networks.discriminator(), adam.create(hyper),
                adam.create(hyper));
        DataSource data = new DistributionSource(TOY_DATA, new RandomStreams(SEED), DataType.FLOAT);
        return build(ToyMlp1d.NAME, registry, raw, networks, state, data, TOY_BATCH, UpdateRule.ALTERNATING);
    }

    private static Workload build(String name, Registry registry, GanNetworks raw, GanNetworks networks,
                                  GanState state, DataSource data, int batch, UpdateRule rule) {
        AdversarialLoss loss = registry.loss("loss", "non-saturating");
        Trainer trainer = new Trainer(state, loss, data, networks.prior(), new TrainerConfig(batch, 1, rule),
                new RandomStreams(SEED));
        List<GemmShape> products = StepProducts.iteration((Sequential) raw.generator(),
                (Sequential) raw.discriminator(), batch, rule);
        return new Workload(name, trainer, products);
    }

    /** Matrix-product FLOPs of one step. */
    public double flops() {
        return StepProducts.flops(products);
    }
}
