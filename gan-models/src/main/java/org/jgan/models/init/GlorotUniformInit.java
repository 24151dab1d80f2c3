package org.jgan.models.init;

import org.jgan.core.random.NativeRandom;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Glorot and Bengio's (2010) uniform initialisation: entries U(−r, r) with r = √(6 / (fanIn + fanOut)), which
 * keeps the variance of activations and of gradients roughly constant across layers. fanIn is the number of
 * rows of the target, fanOut the number of columns.
 */
public record GlorotUniformInit() implements Initialiser {
    @Override
    public void fill(INDArray target, long seed) {
        double range = Math.sqrt(6.0 / (target.rows() + target.columns()));
        NativeRandom.fillUniform(seed, target, -range, range);
    }

    @Override
    public String toString() {
        return "glorot-uniform";
    }
}
