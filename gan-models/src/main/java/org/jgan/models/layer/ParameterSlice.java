package org.jgan.models.layer;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A layer's part of its network: the position {@code [offset, offset + length)} in the flat parameter and
 * gradient vectors, and the layer's index in the network (stochastic layers mix it into their seeds).
 *
 * <p>The views handed out share memory with the flat vectors (they are built on the same data buffer with an
 * offset and row-major strides), so an optimizer's in-place update of the flat vector is seen by every layer
 * and a layer's gradient writes are seen by the optimizer.
 */
public final class ParameterSlice {
    private final int layerIndex;
    private final INDArray parameters;
    private final INDArray gradients;
    private final long offset;
    private final long length;

    /**
     * @param layerIndex the layer's position in its network, from 0
     * @param parameters the network's flat parameter vector (contiguous)
     * @param gradients  the network's flat gradient vector, same length and type
     * @param offset     where this layer's parameters start
     * @param length     how many parameters the layer has
     */
    public ParameterSlice(int layerIndex, INDArray parameters, INDArray gradients, long offset, long length) {
        if (parameters.length() != gradients.length() || parameters.dataType() != gradients.dataType()) {
            throw new IllegalArgumentException("parameters and gradients must have the same length and type");
        }
        if (offset < 0 || length < 0 || offset + length > parameters.length()) {
            throw new IllegalArgumentException("slice [" + offset + ", " + (offset + length)
                    + ") outside a buffer of length " + parameters.length());
        }
        this.layerIndex = layerIndex;
        this.parameters = parameters;
        this.gradients = gradients;
        this.offset = offset;
        this.length = length;
    }

    /** The layer's position in its network, from 0. */
    public int layerIndex() {
        return layerIndex;
    }

    /** The network's floating-point type. */
    public DataType dataType() {
        return parameters.dataType();
    }

    /** The number of parameters in the slice. */
    public long length() {
        return length;
    }

    /** A row-major view of the parameters starting {@code start} elements into the slice. */
    public INDArray parameters(long start, long... shape) {
        return view(parameters, start, shape);
    }

    /** The gradient view laid out exactly like {@link #parameters(long, long...)} with the same arguments. */
    public INDArray gradients(long start, long... shape) {
        return view(gradients, start, shape);
    }

    private INDArray view(INDArray flat, long start, long[] shape) {
        long size = 1;
        for (long dimension : shape) {
            size *= dimension;
        }
        if (start < 0 || start + size > length) {
            throw new IllegalArgumentException("view [" + start + ", " + (start + size)
                    + ") outside a slice of length " + length);
        }
        return Nd4j.create(flat.data(), shape, rowMajorStrides(shape), flat.offset() + offset + start, 'c');
    }

    private static long[] rowMajorStrides(long[] shape) {
        long[] strides = new long[shape.length];
        long stride = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            strides[i] = stride;
            stride *= shape[i];
        }
        return strides;
    }

    @Override
    public String toString() {
        return "ParameterSlice(layer " + layerIndex + ", [" + offset + ", " + (offset + length) + "))";
    }
}
