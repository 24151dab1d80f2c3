package org.jgan.experiments.mixture;

import java.util.List;
import org.jgan.core.network.Pass;
import org.jgan.core.random.RandomStreams;
import org.jgan.core.random.RandomStreams.Stream;
import org.jgan.experiments.metrics.ModeCoverage;
import org.jgan.experiments.training.TrainingLoop;
import org.jgan.models.architecture.GanNetworks;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Mode coverage of the generator at a logged iteration: {@code samples} fresh points G(z), z from draw
 * {@code iteration} of the EVAL stream, scored by {@link ModeCoverage} (modes captured, percentage of samples
 * within 3σ of their nearest mode). Measuring never perturbs training, and a resumed run measures exactly what the
 * uninterrupted one did.
 */
final class CoverageProbe implements TrainingLoop.Measurement {
    /** The columns this probe adds to metrics.csv. */
    static final List<String> COLUMNS = List.of("modes_captured", "high_quality_percent");

    private final GanNetworks networks;
    private final ModeCoverage coverage;
    private final RandomStreams random;
    private final int samples;

    CoverageProbe(GanNetworks networks, ModeCoverage coverage, RandomStreams random, int samples) {
        this.networks = networks;
        this.coverage = coverage;
        this.random = random;
        this.samples = samples;
    }

    @Override
    public double[] at(long iteration) {
        ModeCoverage.Coverage c = coverage.evaluate(samples(iteration));
        return new double[] {c.modesCaptured(), percent(c)};
    }

    /** The percentage of high-quality samples, as 100·count / n (one correctly rounded division). */
    static double percent(ModeCoverage.Coverage coverage) {
        return 100.0 * coverage.highQualitySamples() / coverage.samples();
    }

    /** The generator's evaluation samples at {@code iteration}, row-major (x0, y0, x1, y1, ...). */
    double[] samples(long iteration) {
        INDArray z = networks.prior().sample(samples, random.seed(Stream.EVAL, iteration),
                networks.generator().dataType());
        return networks.generator().forward(z, Pass.INFERENCE).castTo(DataType.DOUBLE).dup('c').data().asDouble();
    }
}
