package org.jgan.models.network;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Collectors;
import org.jgan.core.network.Gradients;
import org.jgan.core.network.Network;
import org.jgan.core.network.Pass;
import org.jgan.core.random.RandomStreams;
import org.jgan.core.random.RandomStreams.Stream;
import org.jgan.models.layer.Layer;
import org.jgan.models.layer.ParameterSlice;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A stack of {@link Layer}s, y = f_n(... f_1(x)), as a {@link Network}.
 *
 * <p>The network allocates one flat parameter vector and one flat gradient vector and hands each layer a
 * {@link ParameterSlice} of both, in layer order; layers keep views, so an optimizer updating the flat
 * vectors in place updates every layer. Backward runs the layers in reverse, asking each for parameter
 * gradients only when the caller wants them, and for its input gradient only when a layer below it has
 * parameters or the caller wants dL/dinput.
 *
 * <p>Layer i is initialised from the seed of draw i of the {@link Stream#INIT} stream of the network seed.
 * A network reuses its work arrays from pass to pass, so it is not thread-safe, and the arrays {@code forward}
 * and {@code backward} return are overwritten by the next call.
 */
public final class Sequential implements Network {
    private final List<Layer> layers;
    private final DataType dataType;
    private final INDArray parameters;
    private final INDArray gradients;
    private final int firstWithParameters;

    /**
     * @param layers   the stack, each layer's input size equal to the previous one's output size
     * @param dataType FLOAT for training, DOUBLE for gradient and theory checks
     */
    public Sequential(List<Layer> layers, DataType dataType) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one layer");
        }
        if (!dataType.isFPType()) {
            throw new IllegalArgumentException("a network needs a floating-point type, got " + dataType);
        }
        for (int i = 1; i < layers.size(); i++) {
            if (layers.get(i).inputSize() != layers.get(i - 1).outputSize()) {
                throw new IllegalArgumentException("layer " + i + " (" + layers.get(i) + ") takes "
                        + layers.get(i).inputSize() + " inputs but layer " + (i - 1) + " (" + layers.get(i - 1)
                        + ") gives " + layers.get(i - 1).outputSize());
            }
        }
        this.layers = List.copyOf(layers);
        this.dataType = dataType;
        long total = layers.stream().mapToLong(Layer::parameterCount).sum();
        this.parameters = Nd4j.create(dataType, total);
        this.gradients = Nd4j.create(dataType, total);
        this.firstWithParameters = IntStream.range(0, layers.size())
                .filter(i -> layers.get(i).parameterCount() > 0).findFirst().orElse(layers.size());
        long offset = 0;
        for (int i = 0; i < layers.size(); i++) {
            long count = layers.get(i).parameterCount();
            layers.get(i).bind(new ParameterSlice(i, parameters, gradients, offset, count));
            offset += count;
        }
    }

    /** The layers, first to last. */
    public List<Layer> layers() {
        return layers;
    }

    @Override
    public int inputSize() {
        return layers.get(0).inputSize();
    }

    @Override
    public int outputSize() {
        return layers.get(layers.size() - 1).outputSize();
    }

    @Override
    public DataType dataType() {
        return dataType;
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
        if (input.rank() != 2 || input.columns() != inputSize() || input.dataType() != dataType) {
            throw new IllegalArgumentException("expected a [batch, " + inputSize() + "] " + dataType
                    + " array, got " + input.shapeInfoToString().replace('\n', ' '));
        }
        INDArray activation = input;
        for (Layer layer : layers) {
            activation = layer.forward(activation, pass);
        }
        return activation;
    }

    @Override
    public INDArray backward(INDArray outputGradient, Gradients wanted) {
        // Without dL/dinput, backpropagation stops at the first layer with parameters: D's input dropout needs
        // no gradient, and neither does the first dense layer's input (a matrix product saved per pass).
        int lowest = wanted.input() ? 0 : firstWithParameters;
        INDArray gradient = outputGradient;
        for (int i = layers.size() - 1; i >= lowest; i--) {
            boolean inputNeeded = i > lowest || wanted.input();
            Gradients needed = !wanted.parameters() ? Gradients.INPUT
                    : inputNeeded ? Gradients.BOTH : Gradients.PARAMETERS;
            gradient = layers.get(i).backward(gradient, needed);
        }
        return wanted.input() ? gradient : null;
    }

    @Override
    public void initialise(long seed) {
        RandomStreams streams = new RandomStreams(seed);
        for (int i = 0; i < layers.size(); i++) {
            layers.get(i).initialise(streams.seed(Stream.INIT, i));
        }
    }

    @Override
    public String toString() {
        return "Sequential(" + dataType + ", " + inputSize() + " → "
                + layers.stream().map(Layer::toString).collect(Collectors.joining(" → "))
                + ", " + parameters.length() + " parameters)";
    }
}
