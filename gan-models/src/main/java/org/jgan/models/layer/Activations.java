package org.jgan.models.layer;

import org.jgan.core.config.Check;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.LeakyReLU;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.factory.Nd4j;

/** The activations the architectures use, each one or two native operations per pass. */
public final class Activations {
    private Activations() {
    }

    /** max(0, x); f' = [y > 0] (0 at the kink). */
    public static Activation relu() {
        return new Activation() {
            @Override
            public void apply(INDArray x, INDArray y) {
                Nd4j.exec(new RectifiedLinear(x, y, 0.0));
            }

            @Override
            public void derivative(INDArray y, INDArray derivative) {
                Nd4j.exec(new Step(y, derivative, 0.0));
            }

            @Override
            public String toString() {
                return "relu";
            }
        };
    }

    /** x for x > 0, slope·x otherwise; f' = slope + (1 − slope)·[y > 0]. */
    public static Activation leakyRelu(double slope) {
        Check.inRange("leaky relu slope", slope, 0.0, 1.0);
        return new Activation() {
            @Override
            public void apply(INDArray x, INDArray y) {
                Nd4j.exec(new LeakyReLU(x, y, slope));
            }

            @Override
            public void derivative(INDArray y, INDArray derivative) {
                Nd4j.exec(new Step(y, derivative, 0.0));
                derivative.muli(1.0 - slope).addi(slope);
            }

            @Override
            public String toString() {
                return "leaky-relu(" + slope + ")";
            }
        };
    }

    /** tanh x; f' = 1 − y². */
    public static Activation tanh() {
        return new Activation() {
            @Override
            public void apply(INDArray x, INDArray y) {
                Nd4j.exec(new Tanh(x, y));
            }

            @Override
            public void derivative(INDArray y, INDArray derivative) {
                y.mul(y, derivative).rsubi(1.0);
            }

            @Override
            public String toString() {
                return "tanh";
            }
        };
    }

    /** The logistic σ(x) = 1 / (1 + e^(−x)); f' = y(1 − y). */
    public static Activation sigmoid() {
        return new Activation() {
            @Override
            public void apply(INDArray x, INDArray y) {
                Nd4j.exec(new Sigmoid(x, y));
            }

            @Override
            public void derivative(INDArray y, INDArray derivative) {
                y.rsub(1.0, derivative).muli(y);
            }

            @Override
            public String toString() {
                return "sigmoid";
            }
        };
    }

    /** x; f' = 1. */
    public static Activation identity() {
        return new Activation() {
            @Override
            public void apply(INDArray x, INDArray y) {
                y.assign(x);
            }

            @Override
            public void derivative(INDArray y, INDArray derivative) {
                derivative.assign(1.0);
            }

            @Override
            public String toString() {
                return "identity";
            }
        };
    }
}
