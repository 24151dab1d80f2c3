package org.jgan.experiments.mnist;

import org.jgan.core.network.Pass;
import org.jgan.core.random.RandomStreams;
import org.jgan.core.random.RandomStreams.Stream;
import org.jgan.models.architecture.GanNetworks;
import org.nd4j.linalg.api.ndarray.INDArray;

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

    /** The seed of this draw in {@code random}. */
    long seed(RandomStreams random) {
        return random.seed(Stream.EVAL, ordinal());
    }

    /** {@code n} noise vectors of this draw, [n, noise dimension]. */
    INDArray noise(GanNetworks networks, RandomStreams random, int n) {
        return networks.prior().sample(n, seed(random), networks.generator().dataType());
    }

    /** G of {@code n} noise vectors of this draw, in inference mode, [n, data dimension] (a fresh array). */
    INDArray samples(GanNetworks networks, RandomStreams random, int n) {
        return generate(networks, noise(networks, random, n));
    }

    /** G(z) in inference mode, as a fresh array (the network's output buffer is reused by its next forward). */
    static INDArray generate(GanNetworks networks, INDArray z) {
        return networks.generator().forward(z, Pass.INFERENCE).dup();
    }
}
