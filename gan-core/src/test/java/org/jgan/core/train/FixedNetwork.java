package org.jgan.core.train;

import org.jgan.core.network.Gradients;
import org.jgan.core.network.Network;
import org.jgan.core.network.Pass;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A parameter vector with settable gradients, standing in for a network in optimizer and checkpoint tests. */
public final class FixedNetwork implements Network {
    private final INDArray parameters;
    private final INDArray gradients;

    /** A "network" whose parameters start at {@code values}. */
    public FixedNetwork(DataType type, double... values) {
        this.parameters = Nd4j.create(values, new long[] {values.length}, type);
        this.gradients = Nd4j.zeros(type, values.length);
    }

    /** Sets the gradient the next optimizer step consumes. */
    public void setGradients(double[] values) {
        gradients.assign(Nd4j.create(values, new long[] {values.length}, gradients.dataType()));
    }

    @Override
    public int inputSize() {
        return 0;
    }

    @Override
    public int outputSize() {
        return 0;
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
        return gradients;
    }

    @Override
    public INDArray forward(INDArray input, Pass pass) {
        throw new UnsupportedOperationException("a fixed parameter vector has no forward pass");
    }

    @Override
    public INDArray backward(INDArray outputGradient, Gradients wanted) {
        throw new UnsupportedOperationException("a fixed parameter vector has no backward pass");
    }

    @Override
    public void initialise(long seed) {
        parameters.assign(seed);
    }
}
