package org.jgan.losses.beyond;

import org.jgan.core.network.Gradients;
import org.jgan.core.network.Network;
import org.jgan.core.network.Pass;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A test double: a network that is nothing but its flat parameter buffer, for the clipping constraint. */
final class ParametersOnly implements Network {
    private final INDArray parameters;

    ParametersOnly(INDArray parameters) {
        this.parameters = parameters;
    }

    @Override
    public int inputSize() {
        throw new UnsupportedOperationException("parameters only");
    }

    @Override
    public int outputSize() {
        throw new UnsupportedOperationException("parameters only");
    }

    @Override
    public DataType dataType() {
        return parameters.dataType();
    }

    @Override
    public INDArray parameters() {
        return parameters;
    }

    @Override
    public INDArray gradients() {
        throw new UnsupportedOperationException("parameters only");
    }

    @Override
    public INDArray forward(INDArray input, Pass pass) {
        throw new UnsupportedOperationException("parameters only");
    }

    @Override
    public INDArray backward(INDArray outputGradient, Gradients wanted) {
        throw new UnsupportedOperationException("parameters only");
    }

    @Override
    public void initialise(long seed) {
        throw new UnsupportedOperationException("parameters only");
    }
}
