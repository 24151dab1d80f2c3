package org.jgan.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jgan.core.network.Network;
import org.jgan.core.optim.Hyperparameters;
import org.jgan.core.optim.Optimizer;
import org.jgan.core.optim.Schedule;
import org.jgan.core.random.NativeRandom;
import org.jgan.experiments.run.Threads;
import org.jgan.experiments.wiring.Wiring;
import org.jgan.models.architecture.GoodfellowMnist;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The optimizer update alone, on the MNIST generator's flat vector of {@value #PARAMETERS} float parameters: the
 * registered {@code sgd} (classic momentum) or {@code adam}. The update consumes the gradient buffer, so it is
 * refilled from a fixed random gradient before every call (outside the timed region).
 *
 * <p>The gradient is uniform on ±10⁻³ ({@code normal}), or the same with the first {@value #SUBNORMAL_RUN} of every
 * {@value #SUBNORMAL_PERIOD} entries scaled by {@value #SUBNORMAL_SCALE} into the subnormal range below 2⁻¹²⁶
 * ({@code subnormal}): a tenth of the parameters with gradients that small, like the MNIST run's border pixels, whose
 * velocities then stay subnormal too unless flushed (docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OptimizerBenchmark {
    /** G of goodfellow2014-mnist: 100·1200 + 1200 + 1200·1200 + 1200 + 1200·784 + 784 parameters. */
    public static final long PARAMETERS = 2_503_984;

    /** Every {@value #SUBNORMAL_PERIOD} gradient entries, this many are subnormal in the {@code subnormal} case. */
    public static final int SUBNORMAL_RUN = 1_000;
    /** The period of the subnormal runs. */
    public static final int SUBNORMAL_PERIOD = 10_000;
    /** The factor that takes a gradient entry of at most 10⁻³ below 2⁻¹²⁶ ≈ 1.18·10⁻³⁸. */
    public static final double SUBNORMAL_SCALE = 1e-36;

    /** The registered optimizer name. */
    @Param({"sgd", "adam"})
    public String optimizer;

    /** {@code normal} or {@code subnormal}: see the class comment. */
    @Param({"normal", "subnormal"})
    public String gradient;

    private Network network;
    private Optimizer update;
    private INDArray fixedGradient;
    private long step;

    /** Builds G, a random gradient and the optimizer. */
    @Setup
    public void setUp() {
        Threads.configure();
        network = GoodfellowMnist.paper().build(GoodfellowMnist.DATA_DIMENSION, DataType.FLOAT).generator();
        network.initialise(Workload.SEED);
        fixedGradient = NativeRandom.uniform(Workload.SEED, DataType.FLOAT, -1e-3, 1e-3, network.parameters().length());
        if (gradient.equals("subnormal")) {
            for (long start = 0; start < PARAMETERS; start += SUBNORMAL_PERIOD) {
                fixedGradient.get(NDArrayIndex.interval(start, Math.min(start + SUBNORMAL_RUN, PARAMETERS)))
                        .muli(SUBNORMAL_SCALE);
            }
        } else if (!gradient.equals("normal")) {
            throw new IllegalArgumentException("gradient: expected normal or subnormal, got " + gradient);
        }
        update = Wiring.registry(List.of()).optimizer("optimizer", optimizer).create(new Hyperparameters(
                Schedule.constant(Workload.MNIST_LEARNING_RATE), Schedule.constant(Workload.MNIST_MOMENTUM), 0.9,
                0.999));
        update.prepare(network.parameters());
    }

    /** Restores the gradient the previous update consumed. */
    @Setup(Level.Invocation)
    public void refillGradient() {
        network.gradients().assign(fixedGradient);
    }

    /** θ ← θ + update(∇θ). */
    @Benchmark
    public INDArray step() {
        update.step(network, step++);
        return network.parameters();
    }
}
