package org.jgan.experiments.mnist;

import org.jgan.core.network.Pass;
import org.jgan.core.random.RandomStreams;
import org.jgan.core.random.RandomStreams.Stream;
import org.jgan.models.architecture.GanNetworks;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The draws of the {@link Stream#EVAL} stream the experiment measures and draws with: draw {@link #ordinal()} of
 * the stream for each purpose, so every measurement uses its own noise, never training's, and the figures are fair
 * random samples fixed by the run's seed alone (nothing is chosen after looking at them).
 */
enum EvalDraw {
    /** The monitor's centres: the same z at every monitored iteration, so checkpoints are compared on equal noise. */
    MONITOR,
    /** The 10,000 centres of the full Parzen protocol. */
    PARZEN,
    /** Figure 2's samples. */
    FIGURE_2,
    /** Figure 3's interpolation end points. */
    FIGURE_3;

    /** Rows of G's inference passes: large enough for efficient products, small enough to bound work arrays. */
    static final int GENERATION_ROWS = 1000;

    /**
     * How far apart the seeds of one purpose's replicates lie in the stream's indices: replicate r of a draw takes
     * index {@code ordinal + r · REPLICATE_STRIDE}, so replicates never meet another purpose's draw, and adding a
     * purpose changes no existing seed.
     */
    static final long REPLICATE_STRIDE = 1L << 32;

    /**
     * The seed of replicate {@code replicate} of this draw in {@code random}: replicate 0 is the draw every
     * measurement uses; the others are independent draws for the same purpose, to see how much a number depends on
     * which noise it was measured on.
     */
    long seed(RandomStreams random, int replicate) {
        return random.seed(Stream.EVAL, ordinal() + REPLICATE_STRIDE * replicate);
    }

    /** {@code n} noise vectors of this draw, [n, noise dimension]. */
    INDArray noise(GanNetworks networks, RandomStreams random, int n) {
        return noise(networks, random, n, 0);
    }

    /** G of {@code n} noise vectors of this draw, in inference mode, [n, data dimension] (a fresh array). */
    INDArray samples(GanNetworks networks, RandomStreams random, int n) {
        return samples(networks, random, n, 0);
    }

    /** G of {@code n} noise vectors of replicate {@code replicate} of this draw, as {@link #samples} makes them. */
    INDArray samples(GanNetworks networks, RandomStreams random, int n, int replicate) {
        return generate(networks, noise(networks, random, n, replicate));
    }

    private INDArray noise(GanNetworks networks, RandomStreams random, int n, int replicate) {
        return networks.prior().sample(n, seed(random, replicate), networks.generator().dataType());
    }

    /**
     * G(z) in inference mode, as a fresh array, computed {@value #GENERATION_ROWS} rows at a time: the layers keep
     * work arrays per batch size ({@code BatchBuffer}), so one pass over 10,000 rows would leave hundreds of
     * megabytes of them behind, while chunks of a fixed size reuse the same few.
     */
    static INDArray generate(GanNetworks networks, INDArray z) {
        long n = z.rows();
        INDArray samples = Nd4j.create(networks.generator().dataType(), n, networks.generator().outputSize());
        for (long from = 0; from < n; from += GENERATION_ROWS) {
            INDArrayIndex rows = NDArrayIndex.interval(from, Math.min(n, from + GENERATION_ROWS));
            samples.get(rows, NDArrayIndex.all())
                    .assign(networks.generator().forward(z.get(rows, NDArrayIndex.all()), Pass.INFERENCE));
        }
        return samples;
    }
}
