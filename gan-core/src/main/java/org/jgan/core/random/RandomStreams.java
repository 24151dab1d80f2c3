package org.jgan.core.random;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from one seed, addressed by (stream, index).
 *
 * <p>Randomness is counter-based: the seed of draw {@code i} of a stream is a SplitMix64 hash of
 * (run seed, stream, i). Nothing random carries state from one step to the next, so a run resumed at
 * iteration {@code t} draws exactly what the uninterrupted run drew, and a checkpoint holds no RNG state.
 * Separate streams mean that, say, adding dropout does not change the noise or the data order.
 */
public final class RandomStreams {
    /** What a stream is used for; each has its own sequence of seeds. */
    public enum Stream {
        /** Parameter initialisation. */
        INIT,
        /** Data order and data sampling. */
        DATA,
        /** Generator noise z. */
        NOISE,
        /** Dropout masks. */
        DROPOUT,
        /** Evaluation (metrics, plots): never perturbs training. */
        EVAL
    }

    private final long seed;

    /** @param seed the run's single seed */
    public RandomStreams(long seed) {
        this.seed = seed;
    }

    /** The run's seed. */
    public long seed() {
        return seed;
    }

    /** The seed of draw {@code index} of {@code stream}: a pure function of (run seed, stream, index). */
    public long seed(Stream stream, long index) {
        return mix(mix(seed ^ mix(stream.ordinal() + 0x5DEECE66DL)) + index);
    }

    /** A Java generator for draw {@code index} of {@code stream}. */
    public SplittableRandom random(Stream stream, long index) {
        return new SplittableRandom(seed(stream, index));
    }

    /** SplitMix64's finaliser: a bijective 64-bit mix with good avalanche. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public String toString() {
        return "RandomStreams(seed=" + seed + ")";
    }
}
