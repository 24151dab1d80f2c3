package org.jgan.models.network;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.jgan.core.config.Check;
import org.jgan.models.init.Initialiser;
import org.jgan.models.init.ZeroInit;
import org.jgan.models.layer.Activation;
import org.jgan.models.layer.ActivationLayer;
import org.jgan.models.layer.Activations;
import org.jgan.models.layer.Dense;
import org.jgan.models.layer.Dropout;
import org.jgan.models.layer.Layer;
import org.jgan.models.layer.Maxout;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * A fluent builder of multilayer perceptrons; each call appends a layer whose input size is the current width.
 *
 * <pre>{@code
 * Sequential d = Mlp.builder(784)
 *         .dropout(0.8).maxout(240, 5, new UniformInit(0.005))
 *         .dropout(0.5).maxout(240, 5, new UniformInit(0.005))
 *         .dropout(0.5).dense(1, new UniformInit(0.005))      // a raw score (logit): losses apply σ
 *         .build(DataType.FLOAT);
 * }</pre>
 */
public final class Mlp {
    private Mlp() {
    }

    /** A builder for a network taking {@code inputSize} columns. */
    public static Builder builder(int inputSize) {
        return new Builder(Check.atLeast("network input size", inputSize, 1));
    }

    /** Appends layers; {@link #build} makes the network. */
    public static final class Builder {
        private final List<Layer> layers = new ArrayList<>();
        private int width;

        private Builder(int inputSize) {
            this.width = inputSize;
        }

        /** A dense layer y = xW + b with zero biases. */
        public Builder dense(int outputs, Initialiser weights) {
            return dense(outputs, weights, ZeroInit.INSTANCE);
        }

        /** A dense layer y = xW + b. */
        public Builder dense(int outputs, Initialiser weights, Initialiser biases) {
            return layer(in -> new Dense(in, outputs, weights, biases, Dense.ROW_MAJOR));
        }

        /** A dense layer of units·pieces outputs (zero biases) followed by {@link Maxout} over its pieces. */
        public Builder maxout(int units, int pieces, Initialiser weights) {
            Check.atLeast("maxout units", units, 1);
            Check.atLeast("maxout pieces", pieces, 2);
            layer(in -> new Dense(in, units * pieces, weights, ZeroInit.INSTANCE, Dense.COLUMN_MAJOR));
            return layer(in -> new Maxout(units, pieces));
        }

        /** max(0, x). */
        public Builder relu() {
            return activation(Activations.relu());
        }

        /** x for x > 0, slope·x otherwise. */
        public Builder leakyRelu(double slope) {
            return activation(Activations.leakyRelu(slope));
        }

        /** tanh. */
        public Builder tanh() {
            return activation(Activations.tanh());
        }

        /** The logistic sigmoid. */
        public Builder sigmoid() {
            return activation(Activations.sigmoid());
        }

        /** The identity (a linear output, stated explicitly). */
        public Builder identity() {
            return activation(Activations.identity());
        }

        /** Any elementwise activation. */
        public Builder activation(Activation activation) {
            return layer(in -> new ActivationLayer(in, activation));
        }

        /** Inverted dropout keeping each input with probability {@code keep}. */
        public Builder dropout(double keep) {
            return layer(in -> new Dropout(in, keep));
        }

        /** Any layer, made from the current width. */
        public Builder layer(IntFunction<Layer> factory) {
            Layer layer = factory.apply(width);
            layers.add(layer);
            width = layer.outputSize();
            return this;
        }

        /** The network, with zero parameters until {@link Sequential#initialise}. */
        public Sequential build(DataType dataType) {
            return new Sequential(layers, dataType);
        }
    }
}
