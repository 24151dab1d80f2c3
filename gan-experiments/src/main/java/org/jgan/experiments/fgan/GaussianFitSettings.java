package org.jgan.experiments.fgan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jgan.core.config.ConfigException;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.experiments.config.Config;
import org.jgan.experiments.config.Setting;
import org.jgan.experiments.training.CommonSettings;
import org.jgan.experiments.training.OptimizerSettings;
import org.jgan.experiments.wiring.Registry;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The settings of {@code fgan-gaussian-fit}: one configuration shared by every divergence, so that the fits are
 * compared and not the tuning.
 *
 * <p>Defaults and why. P = ⅕N(−2, ½²) + ⅘N(2, ½²): two modes eight component standard deviations apart, so a
 * Gaussian either covers both (KL: the moment match μ = 1.2, σ ≈ 1.68) or sits on one (reverse KL: the heavier
 * mode); the unequal weights make the heavier mode the unique global optimum of the mode-seeking divergences, which
 * a symmetric mixture would not have. The generator starts at N(0, 1), between the modes. The generator objective
 * is the saddle one: at the optimal critic its gradient is exactly ∇_θ D_f(P ‖ Q_θ) (the envelope theorem applied
 * to F(ω*, θ) = D_f), so its fixed point is θ* = argmin D_f; the practical objective −E_Q[g_f(V)] has another
 * gradient, (p/q)-unweighted, and another fixed point when Q_θ cannot equal P. Adam (β1 = 0.5) at 1e-2 for both
 * players, as f-GAN's Section 2.5 stepped both by 0.01 on batches of 1024, decaying linearly to a tenth over 3,000
 * iterations of k = 1 critic step per generator step: at a tenth of that rate reverse KL's μ took 1,500 iterations
 * to cover half the way to its mode, and the decay lets the last θ̂ settle to about 1e-3.
 */
final class GaussianFitSettings {
    /** The f-GAN rows, in the order of the tables. */
    static final String DEFAULT_LOSSES = "kl,reverse-kl,js,pearson,squared-hellinger,total-variation";

    static final Setting<String> DATA = CommonSettings.univariateDistribution("data",
            "mixture(1:normal(-2,0.5),4:normal(2,0.5))", "P, the fixed distribution the Gaussian is fitted to");
    static final Setting<String> LOSSES = Setting.text("losses", DEFAULT_LOSSES,
            "comma-separated registered loss names that claim a divergence (./gan list)",
            "the divergences to fit by, one training each; the cross table evaluates every one at every fit");
    static final Setting<String> FGAN_GENERATOR = CommonSettings.fganGenerator("saddle");
    static final Setting<String> CRITIC = Setting.text("critic", "mlp-1d", "a registered 1-D model name (./gan list)",
            "whose discriminator is the critic (reading x in standard units of P)").referring(Setting.Reference.MODEL);
    static final Setting<Double> INIT_MEAN = new Setting<>("init-mean", 0.0, "a finite number",
            "μ of the generator N(μ, σ²) before training", text -> {
                double value = Double.parseDouble(text);
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException();
                }
                return value;
            });
    static final Setting<Double> INIT_STD = Setting.positive("init-std", 1, "σ of the generator before training");
    static final OptimizerSettings OPTIMIZER = OptimizerSettings.defaults("adam", 1e-2, 0.9, 0.5, 0.999, 0.1);
    static final Setting<Long> ITERATIONS = CommonSettings.iterations(3000);
    static final Setting<Long> BATCH = CommonSettings.batchSize(1024);
    static final Setting<Long> K = CommonSettings.k(1);
    static final Setting<String> UPDATE = CommonSettings.update("alternating");
    static final Setting<String> DTYPE = CommonSettings.dtype("double");
    static final Setting<Long> HELDOUT_BATCHES = Setting.integer("heldout-batches", HeldOutEstimate.DEFAULT_BATCHES, 2,
            "held-out batches behind each bound F(ω̂, θ̂) (its standard error is by batch means)");
    static final Setting<Long> HELDOUT_BATCH_SIZE = Setting.integer("heldout-batch-size",
            HeldOutEstimate.DEFAULT_BATCH_SIZE, 1, "held-out samples of each distribution per batch");
    static final Setting<Long> LOG_EVERY = CommonSettings.logEvery(100);
    static final Setting<Long> CHECKPOINT_EVERY = CommonSettings.checkpointEvery(1000);

    private GaussianFitSettings() {
    }

    /** Every setting, in the order {@code --help} lists them. */
    static List<Setting<?>> all() {
        List<Setting<?>> all = new ArrayList<>(List.of(DATA, LOSSES, FGAN_GENERATOR, CRITIC, INIT_MEAN, INIT_STD));
        all.addAll(OPTIMIZER.list());
        all.addAll(List.of(ITERATIONS, BATCH, K, UPDATE, DTYPE, HELDOUT_BATCHES, HELDOUT_BATCH_SIZE, LOG_EVERY,
                CHECKPOINT_EVERY));
        return all;
    }

    /** The loss names of {@link #LOSSES}, in order, without repeats. */
    static List<String> losses(Config config) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : config.get(LOSSES).split(",")) {
            String trimmed = name.trim();
            if (trimmed.isEmpty()) {
                throw new ConfigException(LOSSES.key(), "comma-separated loss names without empty entries",
                        config.get(LOSSES));
            }
            if (!names.add(trimmed)) {
                throw new ConfigException(LOSSES.key(), "each loss once", config.get(LOSSES));
            }
        }
        return List.copyOf(names);
    }

    /** Every listed loss is registered and claims a divergence; the critic builds for 1-D data. */
    static void check(Config config, Registry registry) {
        for (String name : losses(config)) {
            AdversarialLoss loss = registry.loss(LOSSES.key(), name);
            if (loss.divergence().isEmpty()) {
                throw ConfigException.withMessage(LOSSES.key(), "'" + name + "' claims no divergence to fit by: "
                        + loss.theoryCaveat());
            }
        }
        try {
            registry.model(CRITIC.key(), config.get(CRITIC)).build(1, DataType.DOUBLE);
        } catch (ConfigException e) {
            throw ConfigException.withMessage(CRITIC.key(), e.getMessage());
        }
    }
}
