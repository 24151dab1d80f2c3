package org.jgan.experiments.mnist;

import org.jgan.core.network.Gradients;
import org.jgan.core.network.Network;
import org.jgan.core.network.Pass;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A parameter vector with gradients set by the test: what an optimizer sees of a network, and nothing else. */
final class VectorNetwork implements Network {
    private final INDArray parameters;
    private final INDArray gradients;

    VectorNetwork(double... parameters) {
        this.parameters = Nd4j.createFromArray(parameters);
        this.gradients = Nd4j.zeros(DataType.DOUBLE, parameters.length);
    }

    void setGradients(double... values) {
        gradients.assign(Nd4j.createFromArray(values));
    }

    @Override
    public int inputSize() {
        throw new UnsupportedOperationException("only the optimizer's view is modelled");
    }

    @Override
    public int outputSize() {
        throw new UnsupportedOperationException("only the optimizer's view is modelled");
    }

    @Override
    public DataType dataType() {
        return DataType.DOUBLE;
    }

    @Override
    public INDArray parameters() {
        return parameters;
    }

    @Override
    public INDArray gradients() {
        return gradients;
    }

    @Override
    public INDArray forward(INDArray input, Pass pass) {
        throw new UnsupportedOperationException("only the optimizer's view is modelled");
    }

    @Override
    public INDArray backward(INDArray outputGradient, Gradients wanted) {
        throw new UnsupportedOperationException("only the optimizer's view is modelled");
    }

    @Override
    public void initialise(long seed) {
        throw new UnsupportedOperationException("only the optimizer's view is modelled");
    }
}
