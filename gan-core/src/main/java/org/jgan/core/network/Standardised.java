package org.jgan.core.network;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A network seen in data units when it works in standard units: a discriminator reads (x − centre) / scale,
 * a generator's output u becomes centre + scale · u. The same per-column affine map on both sides.
 *
 * <p>Why: with data far from the origin (p_data = N(4, 0.5²)) a freshly initialised ReLU network has every
 * kink at x = 0, so it is affine over the whole data range and learns shape only after its biases travel
 * several units. Standardising is what a practitioner does to the data; doing it inside the networks keeps
 * the data, the densities and every plotted quantity in the user's units. The wrapper has no parameters of
 * its own: parameters and gradients are the inner network's.
 */
public final class Standardised implements Network {
    private final Network inner;
    private final double centre;
    private final double scale;
    private final boolean onInput;

    private Standardised(Network inner, double centre, double scale, boolean onInput) {
        if (!(scale > 0) || !Double.isFinite(scale) || !Double.isFinite(centre)) {
            throw new IllegalArgumentException("standardisation needs a finite centre and a scale > 0, got centre "
                    + centre + ", scale " + scale);
        }
        this.inner = inner;
        this.centre = centre;
        this.scale = scale;
        this.onInput = onInput;
    }

    /** A discriminator reading x in data units: D'(x) = D((x − centre) / scale). */
    public static Network input(Network discriminator, double centre, double scale) {
        return new Standardised(discriminator, centre, scale, true);
    }

    /** A generator producing data units: G'(z) = centre + scale · G(z). */
    public static Network output(Network generator, double centre, double scale) {
        return new Standardised(generator, centre, scale, false);
    }

    @Override
    public int inputSize() {
        return inner.inputSize();
    }

    @Override
    public int outputSize() {
        return inner.outputSize();
    }

    @Override
    public DataType dataType() {
        return inner.dataType();
    }

    @Override
    public INDArray parameters() {
        return inner.parameters();
    }

    @Override
    public INDArray gradients() {
        return inner.gradients();
    }

    @Override
    public INDArray forward(INDArray input, Pass pass) {
        if (onInput) {
            return inner.forward(input.sub(centre).divi(scale), pass);
        }
        return inner.forward(input, pass).mul(scale).addi(centre);
    }

    @Override
    public INDArray backward(INDArray outputGradient, Gradients wanted) {
        if (onInput) {
            INDArray inputGradient = inner.backward(outputGradient, wanted);
            return inputGradient == null ? null : inputGradient.divi(scale);
        }
        return inner.backward(outputGradient.mul(scale), wanted);
    }

    @Override
    public void initialise(long seed) {
        inner.initialise(seed);
    }

    @Override
    public String toString() {
        return (onInput ? "standardised-input(" : "standardised-output(") + "centre=" + centre + ", scale=" + scale
                + ", " + inner + ")";
    }
}
