package org.jgan.bench;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jgan.core.train.StepReport;
import org.jgan.core.train.Trainer;
import org.jgan.core.train.UpdateRule;
import org.jgan.experiments.run.Threads;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One training iteration of Goodfellow et al.'s MNIST GAN through the core {@link Trainer}: batch 100, float32, SGD
 * with momentum, the non-saturating loss, by default the authors' simultaneous update ({@link Workload#mnist}).
 * {@code model} selects the paper's maxout discriminator or the ReLU variant. Sample-time mode, so the table can use
 * the median step, which a shared machine's load spikes move least.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(1)
public class MnistStepBenchmark {
    /** The architecture's registered name. */
    @Param({"goodfellow2014-mnist", "relu-mnist"})
    public String model;

    /** {@code simultaneous} (the authors' code) or {@code alternating} (Algorithm 1, k = 1). */
    @Param({"simultaneous"})
    public String update;

    private Trainer trainer;

    /** Applies the project's thread settings and builds the trainer. */
    @Setup
    public void setUp() {
        Threads.configure();
        trainer = Workload.mnist(model, UpdateRule.valueOf(update.toUpperCase(Locale.ROOT))).trainer();
    }

    /** One generator update (and the discriminator's). */
    @Benchmark
    public StepReport step() {
        return trainer.iterate();
    }

    /** A diverged run would time NaN arithmetic, not training: fail loudly instead. */
    @TearDown
    public void checkFinite() {
        StepReport last = trainer.iterate();
        if (!Double.isFinite(last.discriminatorLoss()) || !Double.isFinite(last.generatorLoss())) {
            throw new IllegalStateException("training diverged during the benchmark: " + last);
        }
    }
}
