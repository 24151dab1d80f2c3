package org.jgan.bench;

import java.util.concurrent.TimeUnit;
import org.jgan.experiments.metrics.ParzenScore;
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

/** The full Parzen evaluation at the paper's size ({@link ParzenWorkload}); seconds per call, so single shots. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 4)
@Fork(1)
public class ParzenBenchmark {
    private ParzenWorkload workload;

    /** Applies the project's thread settings and draws the data. */
    @Setup
    public void setUp() {
        Threads.configure();
        workload = new ParzenWorkload();
    }

    /** σ sweep and test score. */
    @Benchmark
    public ParzenScore evaluate() {
        return workload.evaluate();
    }
}
