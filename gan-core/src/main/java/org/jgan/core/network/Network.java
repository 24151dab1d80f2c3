package org.jgan.core.network;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A differentiable function with parameters: the generator G or the discriminator / critic D.
 *
 * <p>Rows are examples: {@link #forward} maps a {@code [batch, inputSize]} array to {@code [batch, outputSize]}
 * and remembers what {@link #backward} needs. All parameters live in one flat buffer and all parameter
 * gradients in another of the same length, with per-layer views into both, so an optimizer updates a whole
 * network in a handful of native calls and a checkpoint is two arrays.
 *
 * <p>Contract: {@code backward} uses the activations of the most recent {@code forward}; it may be called
 * more than once after one forward (the simultaneous update of Goodfellow et al.'s code backpropagates the
 * discriminator's and the generator's losses through the same pass). Parameter gradients are
 * <em>overwritten</em>, not accumulated.
 */
public interface Network {
    /** Columns of the input. */
    int inputSize();

    /** Columns of the output. */
    int outputSize();

    /** The floating-point type of parameters and activations. */
    DataType dataType();

    /** All parameters as one flat vector; layers hold views into it, so writes are seen by the network. */
    INDArray parameters();

    /** dL/dparameters from the last {@link #backward}, laid out like {@link #parameters()}. */
    INDArray gradients();

    /**
     * Computes the output for a batch and caches what {@link #backward} needs.
     *
     * @param input {@code [batch, inputSize]}
     * @param pass  training (dropout on, with its seed) or inference
     * @return {@code [batch, outputSize]}; valid until the next forward
     */
    INDArray forward(INDArray input, Pass pass);

    /**
     * Backpropagates dL/doutput through the last forward pass.
     *
     * @param outputGradient {@code [batch, outputSize]}
     * @param wanted         which gradients to produce
     * @return dL/dinput {@code [batch, inputSize]} when {@code wanted.input()}, otherwise {@code null}
     */
    INDArray backward(INDArray outputGradient, Gradients wanted);

    /** Draws fresh initial parameters from {@code seed}. */
    void initialise(long seed);
}
