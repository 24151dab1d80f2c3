package org.jgan.models.architecture;

import org.jgan.core.train.NoisePrior;
import org.jgan.models.init.GlorotUniformInit;
import org.jgan.models.init.Initialiser;
import org.jgan.models.network.Mlp;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The 1-D toy standing in for Figure 1 of Goodfellow et al. 2014, which shows no numbers: z ~ N(0, 1),
 * G: 1 → 32 → 32 → 1 and D: 1 → 32 → 32 → 1 raw score, leaky-ReLU(0.2) hidden layers, linear outputs,
 * Glorot-uniform weights and zero biases.
 *
 * <p>Why these choices: a one-dimensional normal z lets G reach p_data = N(4, 0.5²) with a nearly affine map,
 * so training converges in a few thousand cheap steps; two hidden layers of 32 units let D approximate the
 * optimal logit log p_data − log p_g, a quadratic in x for two Gaussians.
 *
 * <p>Use the networks on data of unit scale: the toy-1d experiment wraps them in
 * {@link org.jgan.core.network.Standardised} (the data's median and interquartile range), where leaky ReLUs
 * reached a lower final JSD than tanh units. On raw data at x ≈ 4 they fare badly: every kink starts at x = 0,
 * far from the data, so D is nearly linear there and blind to the spread until its biases have moved (with Adam
 * and equal learning rates, the spread ended anywhere between 0.2 and 1.5 instead of 0.5).
 */
public final class ToyMlp1d implements Architecture {
    /** The registered name. */
    public static final String NAME = "mlp-1d";
    /** Units per hidden layer, in G and in D. */
    public static final int HIDDEN = 32;
    /** The leaky ReLUs' negative slope. */
    public static final double SLOPE = 0.2;

    @Override
    public GanNetworks build(int dataDimension, DataType type) {
        DataDimension.require(NAME, 1, "a real line", dataDimension);
        Initialiser glorot = new GlorotUniformInit();
        NoisePrior prior = NoisePrior.normal(1, 0.0, 1.0);
        return new GanNetworks(
                Mlp.builder(prior.dimension())
                        .dense(HIDDEN, glorot).leakyRelu(SLOPE)
                        .dense(HIDDEN, glorot).leakyRelu(SLOPE)
                        .dense(1, glorot)
                        .build(type),
                Mlp.builder(1)
                        .dense(HIDDEN, glorot).leakyRelu(SLOPE)
                        .dense(HIDDEN, glorot).leakyRelu(SLOPE)
                        .dense(1, glorot)
                        .build(type),
                prior);
    }

    @Override
    public String description() {
        return "1-D toy (Figure 1): z ~ N(0,1), G and D 2×" + HIDDEN + " leaky-ReLU, linear outputs";
    }

    @Override
    public String toString() {
        return NAME + ": " + description();
    }
}
