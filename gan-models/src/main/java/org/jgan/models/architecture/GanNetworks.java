package org.jgan.models.architecture;

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
    /** Initialises G from draw 0 and D from draw 1 of the {@link Stream#INIT} stream of {@code seed}. */
    public GanNetworks initialise(long seed) {
        RandomStreams streams = new RandomStreams(seed);
        generator.initialise(streams.seed(Stream.INIT, 0));
        discriminator.initialise(streams.seed(Stream.INIT, 1));
        return this;
    }
}
