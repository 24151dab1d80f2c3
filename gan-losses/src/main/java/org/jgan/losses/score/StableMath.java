package org.jgan.losses.score;

/**
 * Scalar functions of a raw score in forms that neither overflow nor lose precision at large |s|.
 *
 * <p>The naive {@code log(1 + exp(s))} overflows to infinity at s ≈ 710 and {@code log(sigmoid(s))} returns
 * −∞ once sigmoid(s) underflows; the forms here stay finite and accurate for every finite s.
 */
public final class StableMath {
    private StableMath() {
    }

    /** softplus(s) = log(1 + e^s) = max(s, 0) + log1p(e^{−|s|}); equals −log σ(−s). */
    public static double softplus(double s) {
        return Math.max(s, 0) + Math.log1p(Math.exp(-Math.abs(s)));
    }

    /** σ(s) = 1 / (1 + e^{−s}), evaluated so that e^{±s} never overflows into 0 · ∞. */
    public static double sigmoid(double s) {
        if (s >= 0) {
            return 1 / (1 + Math.exp(-s));
        }
        double e = Math.exp(s);
        return e / (1 + e);
    }
}
