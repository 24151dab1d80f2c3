package org.jgan.models.init;

import org.jgan.core.config.Check;
import org.jgan.core.random.NativeRandom;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Independent N(0, σ²) entries (DCGAN's choice is σ = 0.02).
 *
 * @param std σ, the standard deviation
 */
public record NormalInit(double std) implements Initialiser {
    /** Validates σ. */
    public NormalInit {
        Check.positive("init std", std);
    }

    @Override
    public void fill(INDArray target, long seed) {
        target.assign(NativeRandom.normal(seed, target.dataType(), 0.0, std, target.shape()));
    }

    @Override
    public String toString() {
        return "normal(0," + std + ")";
    }
}
