package org.jgan.models.layer;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An elementwise nonlinearity y = f(x) whose derivative can be computed from the output alone, so the backward
 * pass needs only y (for ReLU f' = [y > 0]; for tanh f' = 1 − y²; for the logistic sigmoid f' = y(1 − y)).
 *
 * <p>Working from y lets an {@link ActivationLayer} compute f' once per forward pass with a few cheap
 * arithmetic operations and reuse it for every backward pass; ND4J's own backward kernels for tanh and sigmoid
 * recompute the transcendental function and ran three to ten times slower here.
 */
public interface Activation {
    /** Writes f(x) into {@code y} (same shape and memory order). */
    void apply(INDArray x, INDArray y);

    /** Writes f'(x) into {@code derivative}, given only y = f(x). */
    void derivative(INDArray y, INDArray derivative);
}
