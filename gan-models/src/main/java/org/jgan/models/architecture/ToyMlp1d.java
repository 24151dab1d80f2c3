package org.jgan.models.architecture;

import org.jgan.core.train.NoisePrior;
import org.jgan.models.init.GlorotUniformInit;
import org.jgan.models.init.Initialiser;
import org.jgan.models.network.Mlp;
import org.jgan.models.network.Sequential;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The 1-D toy standing in for Figure 1 of Goodfellow et al. 2014, which shows no numbers: z ~ N(0, 1),
 * G: 1 → tanh 32 → tanh 32 → 1 and D: 1 → tanh 32 → tanh 32 → 1 raw score, linear outputs, Glorot-uniform
 * weights and zero biases.
 *
 * <p>Measured with p_data = N(4, 0.5²), the non-saturating loss, Algorithm 1 with k = 1, batch 128 and Adam
 * (β1 = 0.5): with D's learning rate 1e-3 and G's 1e-4 (two time scales), all 8 seeds had mean within 0.1 of 4
 * and standard deviation within 0.05 of 0.5 after 2,400 and after 3,000 steps (about 3 ms a step); the mean was
 * within 0.2 of 4 after 1,200 steps, while the spread was still too narrow.
 * With equal learning rates G collapses towards a point (std ≈ 0.1) on most seeds; a factor of 5 works on
 * most seeds, 3 does not. Leaky-ReLU networks did worse at every ratio tried: their kinks start at x = 0, far
 * from data at x ≈ 4, so D is nearly linear there and blind to the spread until its biases have moved.
 */
public final class ToyMlp1d implements Architecture {
    /** The registered name. */
    public static final String NAME = "mlp-1d";
    /** Units per hidden layer, in G and in D. */
    public static final int HIDDEN = 32;

    @Override
    public GanNetworks build(int dataDimension, DataType type) {
        DataDimension.require(NAME, 1, "a real line", dataDimension);
        NoisePrior prior = NoisePrior.normal(1, 0.0, 1.0);
        return new GanNetworks(tanhStack(prior.dimension(), type), tanhStack(1, type), prior);
    }

    private static Sequential tanhStack(int inputs, DataType type) {
        Initialiser glorot = new GlorotUniformInit();
        return Mlp.builder(inputs)
                .dense(HIDDEN, glorot).tanh()
                .dense(HIDDEN, glorot).tanh()
                .dense(1, glorot)
                .build(type);
    }

    @Override
    public String description() {
        return "1-D toy (Figure 1): z ~ N(0,1), G and D 2×" + HIDDEN + " tanh, linear outputs";
    }

    @Override
    public String toString() {
        return NAME + ": " + description();
    }
}
