package org.jgan.experiments.theory;

import org.jgan.core.network.Network;
import org.jgan.core.network.Pass;
import org.jgan.core.random.RandomStreams;
import org.jgan.core.random.RandomStreams.Stream;
import org.jgan.core.train.DataSource;
import org.jgan.core.train.NoisePrior;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Samples of a frozen generator, G(z) with z ~ p_z drawn from the NOISE stream by draw index: p_g held fixed
 * as a network rather than as a known distribution.
 */
public final class GeneratorSource implements DataSource {
    private final Network generator;
    private final NoisePrior prior;
    private final RandomStreams random;

    /**
     * @param generator G, not trained while it is sampled
     * @param prior     p_z
     * @param random    the run's streams
     */
    public GeneratorSource(Network generator, NoisePrior prior, RandomStreams random) {
        this.generator = generator;
        this.prior = prior;
        this.random = random;
    }

    @Override
    public int dimension() {
        return generator.outputSize();
    }

    @Override
    public INDArray batch(long drawIndex, int size) {
        INDArray z = prior.sample(size, random.seed(Stream.NOISE, drawIndex), generator.dataType());
        return generator.forward(z, Pass.INFERENCE).dup();
    }

    @Override
    public String toString() {
        return "GeneratorSource(" + generator + ", z ~ " + prior + ")";
    }
}
