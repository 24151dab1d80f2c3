package org.jgan.models.architecture;

import org.jgan.core.train.NoisePrior;
import org.jgan.models.init.GlorotUniformInit;
import org.jgan.models.init.Initialiser;
import org.jgan.models.network.Mlp;
import org.jgan.models.network.Sequential;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * For the 2-D mode-collapse benchmarks of VEEGAN and PacGAN (a ring of 8 and a grid of 25 Gaussians):
 * z ~ N(0, I₂), G: 2 → 128 → 128 → 128 → 2 and D: 2 → 128 → 128 → 128 → 1 raw score, ReLU hidden layers,
 * linear outputs, Glorot-uniform weights and zero biases.
 *
 * <p>PacGAN's grid networks have four hidden layers of 400 ReLUs each, with noise of dimension 2. Three layers of
 * 128 cost about a fifteenth of that per step (the hidden-to-hidden products dominate: 2·128² ≈ 33 k versus
 * 3·400² = 480 k multiply-adds per example), which keeps a multi-seed benchmark within minutes on two CPU cores,
 * while a 3 × 128 ReLU network still has ample capacity for a 25-mode density. Mode counts are therefore comparable
 * with the published baselines in kind, not digit for digit.
 *
 * <p>Measured (one seed, non-saturating loss, Algorithm 1 with k = 1, batch 100, Adam with β1 = 0.5): on the
 * ring, 8 of 8 modes and 84 % high-quality samples after 8,000 steps with learning rate 1e-4 for both networks.
 * The grid is harder, and the usual trade-off between coverage and sharpness shows after 10,000 steps: 16 modes
 * but 6 % high quality with 1e-4 for both, 12 modes and 51 % with 1e-3 for both, 8 modes and 83 % with D at 1e-3
 * and G at 1e-4 (PacGAN's plain GAN: 17.3 modes, 94.8 %, after much longer training).
 */
public final class ToyMlp2d implements Architecture {
    /** The registered name. */
    public static final String NAME = "mlp-2d";
    /** Units per hidden layer, in G and in D. */
    public static final int HIDDEN = 128;
    /** Hidden layers, in G and in D. */
    public static final int DEPTH = 3;

    @Override
    public GanNetworks build(int dataDimension, DataType type) {
        DataDimension.require(NAME, 2, "points in the plane", dataDimension);
        NoisePrior prior = NoisePrior.normal(2, 0.0, 1.0);
        return new GanNetworks(reluStack(prior.dimension(), 2, type), reluStack(2, 1, type), prior);
    }

    private static Sequential reluStack(int inputs, int outputs, DataType type) {
        Initialiser glorot = new GlorotUniformInit();
        Mlp.Builder builder = Mlp.builder(inputs);
        for (int i = 0; i < DEPTH; i++) {
            builder.dense(HIDDEN, glorot).relu();
        }
        return builder.dense(outputs, glorot).build(type);
    }

    @Override
    public String description() {
        return "2-D mixtures (VEEGAN/PacGAN): z ~ N(0,I2), G and D " + DEPTH + "×" + HIDDEN
                + " ReLU, linear outputs";
    }

    @Override
    public String toString() {
        return NAME + ": " + description();
    }
}
