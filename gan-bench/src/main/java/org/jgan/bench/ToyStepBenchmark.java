package org.jgan.bench;

import java.util.concurrent.TimeUnit;
import org.jgan.core.train.StepReport;
import org.jgan.core.train.Trainer;
import org.jgan.experiments.run.Threads;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One iteration of the 1-D toy ({@link Workload#toy1d}: 32-unit leaky-ReLU networks, batch 256, Adam, Algorithm 1
 * with k = 1). Its matrix products are tiny, so this measures the per-call overhead of the native library.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(1)
public class ToyStepBenchmark {
    private Trainer trainer;

    /** Applies the project's thread settings and builds the trainer. */
    @Setup
    public void setUp() {
        Threads.configure();
        trainer = Workload.toy1d().trainer();
    }

    /** One generator update after one discriminator update. */
    @Benchmark
    public StepReport step() {
        return trainer.iterate();
    }
}
