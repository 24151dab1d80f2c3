package org.jgan.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jgan.core.random.NativeRandom;
import org.jgan.core.train.UpdateRule;
import org.jgan.experiments.run.Threads;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The machine's SGEMM rate on the shapes the other benchmarks use: every matrix product of one MNIST step
 * ({@link StepProducts}, same shapes, same transpose flags, float32) back to back, or one block of the Parzen
 * evaluation's distance product. A step's time over this time is its overhead beyond BLAS.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SgemmBenchmark {
    /** Whose products: a registered MNIST architecture (its simultaneous step) or {@code parzen} (one block). */
    @Param({"goodfellow2014-mnist", "relu-mnist", "parzen"})
    public String products;

    private INDArray[] a;
    private INDArray[] b;
    private INDArray[] c;
    private GemmShape[] shapes;

    /** Allocates random operands for every product. */
    @Setup
    public void setUp() {
        Threads.configure();
        List<GemmShape> list = shapes(products);
        shapes = list.toArray(GemmShape[]::new);
        a = new INDArray[shapes.length];
        b = new INDArray[shapes.length];
        c = new INDArray[shapes.length];
        for (int i = 0; i < shapes.length; i++) {
            a[i] = NativeRandom.uniform(2L * i, DataType.FLOAT, -1, 1, shapes[i].aShape());
            b[i] = NativeRandom.uniform(2L * i + 1, DataType.FLOAT, -1, 1, shapes[i].bShape());
            c[i] = Nd4j.create(DataType.FLOAT, shapes[i].m(), shapes[i].n());
        }
    }

    /** The products of {@code name}: see {@link #products}. */
    public static List<GemmShape> shapes(String name) {
        return name.equals("parzen")
                ? ParzenWorkload.products().subList(0, 1)
                : Workload.mnist(name, UpdateRule.SIMULTANEOUS).products();
    }

    /** All products, in order. */
    @Benchmark
    public INDArray run() {
        for (int i = 0; i < shapes.length; i++) {
            Nd4j.gemm(a[i], b[i], c[i], shapes[i].transposeA(), shapes[i].transposeB(), 1.0, 0.0);
        }
        return c[c.length - 1];
    }
}
