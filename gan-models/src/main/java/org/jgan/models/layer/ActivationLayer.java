package org.jgan.models.layer;

import org.jgan.core.config.Check;
import org.jgan.core.network.Gradients;
import org.jgan.core.network.Pass;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An elementwise {@link Activation}: y = f(x), dx = dY ⊙ f'(x).
 *
 * <p>f' is computed from y at the first backward pass after a forward and kept for the next ones (the
 * simultaneous update backpropagates twice through one pass), so each backward pass is one multiplication.
 * Outputs and gradients have the memory order of the input.
 */
public final class ActivationLayer implements Layer {
    private final int size;
    private final Activation activation;
    private final BatchBuffer output;
    private final BatchBuffer derivative;
    private final BatchBuffer inputGradient;
    private INDArray y;
    private INDArray slope;

    /**
     * @param size       columns of the input and the output
     * @param activation f
     */
    public ActivationLayer(int size, Activation activation) {
        this.size = Check.atLeast("activation size", size, 1);
        this.activation = activation;
        this.output = new BatchBuffer(size);
        this.derivative = new BatchBuffer(size);
        this.inputGradient = new BatchBuffer(size);
    }

    @Override
    public int inputSize() {
        return size;
    }

    @Override
    public int outputSize() {
        return size;
    }

    @Override
    public void bind(ParameterSlice slice) {
        // No parameters and no randomness: nothing to attach.
    }

    @Override
    public INDArray forward(INDArray input, Pass pass) {
        y = output.like(input);
        activation.apply(input, y);
        slope = null;
        return y;
    }

    @Override
    public INDArray backward(INDArray outputGradient, Gradients wanted) {
        if (!wanted.input()) {
            return null;
        }
        if (slope == null) {
            slope = derivative.like(y);
            activation.derivative(y, slope);
        }
        INDArray dx = inputGradient.like(y);
        return outputGradient.mul(slope, dx);
    }

    @Override
    public String toString() {
        return activation + "(" + size + ")";
    }
}
