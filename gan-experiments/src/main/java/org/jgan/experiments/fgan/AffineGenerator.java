package org.jgan.experiments.fgan;

import org.jgan.core.config.Check;
import org.jgan.core.distribution.Normal;
import org.jgan.core.network.Network;
import org.jgan.models.init.ColumnValuesInit;
import org.jgan.models.network.Mlp;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The generator of f-GAN's Section 2.5 (Nowozin et al. 2016): G_θ(z) = μ + σz with z ~ N(0, 1), so that
 * Q_θ = N(μ, σ²), built as a network with one dense 1 → 1 layer whose weight w plays σ and whose bias is μ.
 *
 * <p>The sign of w is free: z and −z have the same law, so G with weight w generates N(μ, w²) and σ = |w|.
 * Training may carry w through 0 to the negative side without harm; {@link #fitted} reads σ as |w|.
 */
final class AffineGenerator {
    private AffineGenerator() {
    }

    /** A generator with weight {@code std} and bias {@code mean}, whatever seed it is initialised from. */
    static Network build(double mean, double std, DataType type) {
        Check.positive("init-std", std);
        return Mlp.builder(1)
                .dense(1, new ColumnValuesInit(new double[] {std}), new ColumnValuesInit(new double[] {mean}))
                .build(type);
    }

    /**
     * The distribution {@code generator} produces: N(b, w²) from its parameters [w, b] (the dense layer's
     * weight comes before its bias).
     *
     * @throws IllegalStateException when w = 0, where Q_θ degenerates to a point mass
     */
    static Normal fitted(Network generator) {
        INDArray parameters = generator.parameters();
        double weight = parameters.getDouble(0);
        double bias = parameters.getDouble(1);
        if (weight == 0 || !Double.isFinite(weight) || !Double.isFinite(bias)) {
            throw new IllegalStateException("the generator degenerated to weight " + weight + ", bias " + bias
                    + "; try a smaller learning-rate");
        }
        return new Normal(bias, Math.abs(weight));
    }
}
