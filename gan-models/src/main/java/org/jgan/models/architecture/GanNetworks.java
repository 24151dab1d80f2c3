package org.jgan.models.architecture;

import org.jgan.core.config.ConfigException;
import org.jgan.core.network.Network;
import org.jgan.core.random.RandomStreams;
import org.jgan.core.random.RandomStreams.Stream;
import org.jgan.core.train.NoisePrior;

/**
 * What an {@link Architecture} builds: the generator G: z ↦ x, the discriminator D: x ↦ raw score, and p_z.
 *
 * @param generator     G, from {@code prior.dimension()} columns to the data dimension
 * @param discriminator D, from the data dimension to 1 column of raw scores
 * @param prior         p_z, the distribution of G's input
 */
public record GanNetworks(Network generator, Network discriminator, NoisePrior prior) {
    /** The same networks fed from {@code other}, which must have the same dimension as p_z. */
    public GanNetworks withPrior(NoisePrior other) {
        if (other.dimension() != prior.dimension()) {
            throw new ConfigException("noise", "a prior of dimension " + prior.dimension() + " (G's input)",
                    other.toString());
        }
        return new GanNetworks(generator, discriminator, other);
    }

    /** Initialises G from draw 0 and D from draw 1 of the {@link Stream#INIT} stream of {@code seed}. */
    public GanNetworks initialise(long seed) {
        RandomStreams streams = new RandomStreams(seed);
        generator.initialise(streams.seed(Stream.INIT, 0));
        discriminator.initialise(streams.seed(Stream.INIT, 1));
        return this;
    }
}
