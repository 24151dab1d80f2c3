package org.jgan.models.layer;

import org.jgan.core.network.Gradients;
import org.jgan.core.network.Pass;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One stage of a {@link org.jgan.models.network.Sequential} network: a differentiable map from
 * {@code [batch, inputSize]} to {@code [batch, outputSize]}, rows being examples.
 *
 * <p>Life cycle: the network {@link #bind binds} the layer to its slice of the flat parameter and gradient
 * buffers, {@link #initialise initialises} it from a seed, then alternates {@link #forward} and
 * {@link #backward}. Contract:
 * <ul>
 *   <li>{@code forward} caches what {@code backward} needs; its result is valid until the next forward;</li>
 *   <li>{@code backward} never changes cached activations, so it may be called several times after one
 *       forward (the simultaneous update backpropagates D's loss and then G's loss through one pass);</li>
 *   <li>parameter gradients are <em>overwritten</em> in the gradient views, never accumulated;</li>
 *   <li>neither method modifies its argument.</li>
 * </ul>
 */
public interface Layer {
    /** Columns of the input. */
    int inputSize();

    /** Columns of the output. */
    int outputSize();

    /** Number of scalar parameters; the length of the slice this layer is bound to. */
    default long parameterCount() {
        return 0;
    }

    /**
     * Attaches the layer to its views of the network's buffers and tells it its position in the network.
     * Called once, before anything else.
     */
    void bind(ParameterSlice slice);

    /** Draws the layer's parameters from {@code seed}; a parameter-free layer does nothing. */
    default void initialise(long seed) {
    }

    /**
     * Computes the output for a batch, caching what {@link #backward} needs.
     *
     * @param input {@code [batch, inputSize]}, not modified
     * @param pass  training (stochastic layers active) or inference
     * @return {@code [batch, outputSize]}, owned by the layer and valid until the next forward
     */
    INDArray forward(INDArray input, Pass pass);

    /**
     * Backpropagates dL/doutput through the last forward pass.
     *
     * @param outputGradient {@code [batch, outputSize]}, not modified
     * @param wanted         whether to write parameter gradients and/or return the input gradient
     * @return dL/dinput {@code [batch, inputSize]} when {@code wanted.input()}, else {@code null}; owned by the
     *     layer and valid until its next backward
     */
    INDArray backward(INDArray outputGradient, Gradients wanted);
}
