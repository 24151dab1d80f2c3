package org.jgan.models.init;

import org.nd4j.linalg.api.ndarray.INDArray;

/** All zeros: the default for biases. */
public record ZeroInit() implements Initialiser {
    /** The shared instance. */
    public static final ZeroInit INSTANCE = new ZeroInit();

    @Override
    public void fill(INDArray target, long seed) {
        target.assign(0);
    }

    @Override
    public String toString() {
        return "zeros";
    }
}
