package org.jgan.core.network;

/**
 * How a forward pass runs: in training (stochastic layers such as dropout active, their masks drawn
 * from {@code dropoutSeed}) or in inference (deterministic).
 *
 * @param training    whether stochastic layers are active
 * @param dropoutSeed the seed every stochastic layer derives its mask from (ignored in inference)
 */
public record Pass(boolean training, long dropoutSeed) {
    /** A deterministic pass: dropout off. */
    public static final Pass INFERENCE = new Pass(false, 0L);

    /** A training pass whose dropout masks are drawn from {@code dropoutSeed}. */
    public static Pass training(long dropoutSeed) {
        return new Pass(true, dropoutSeed);
    }
}
