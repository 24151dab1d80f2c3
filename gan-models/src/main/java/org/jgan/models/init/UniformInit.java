package org.jgan.models.init;

import org.jgan.core.config.Check;
import org.jgan.core.random.NativeRandom;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Independent U(−r, r) entries: pylearn2's {@code irange}, which Goodfellow et al. 2014 used for the MNIST
 * model (r = 0.05 in G, r = 0.005 in D).
 *
 * @param range r, the half-width of the interval
 */
public record UniformInit(double range) implements Initialiser {
    /** Validates the range. */
    public UniformInit {
        Check.positive("init range", range);
    }

    @Override
    public void fill(INDArray target, long seed) {
        NativeRandom.fillUniform(seed, target, -range, range);
    }

    @Override
    public String toString() {
        return "uniform(±" + range + ")";
    }
}
