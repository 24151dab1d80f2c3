package org.jgan.losses.goodfellow;

import java.util.Optional;
import org.jgan.core.divergence.Divergences;
import org.jgan.core.loss.DivergenceClaim;
import org.jgan.core.loss.ScoreOptimum;
import org.jgan.losses.score.AffineDivergenceClaim;
import org.jgan.losses.score.DeclaredOptimum;
import org.jgan.losses.score.ScoreTerm;
import org.jgan.losses.score.SeparableObjective;
import org.jgan.losses.score.StableMath;

/**
 * The discriminator side of Goodfellow et al. 2014 (arXiv 1406.2661), shared by {@link MinimaxLoss} and
 * {@link NonSaturatingLoss}: D(x) = σ(s(x)) maximises V = E_data[log D] + E_g[log(1 − D)] (Eq. 1), i.e. minimises
 *
 * <pre>  L_D = mean softplus(−s_real) + mean softplus(s_fake)</pre>
 *
 * <p>since −log σ(s) = softplus(−s) and −log(1 − σ(s)) = softplus(s).
 *
 * <p>Claims. Optimum (Proposition 1): D*(x) = p/(p + q), so s* = logit D* = log p − log q, reported as the
 * probability σ(s). Divergence (Theorem 1): max_D V = −log 4 + 2·JSD(p_data ‖ p_g), so a batch's L_D = −V
 * estimates JSD = (log 4 − L_D)/2, a lower bound tight at D*.
 */
public final class LogisticDiscriminator {
    /** φ_real(s) = softplus(−s) = −log D. */
    public static final ScoreTerm REAL = ScoreTerm.of("softplus(-s)", s -> StableMath.softplus(-s),
            s -> -StableMath.sigmoid(-s));
    /** φ_fake(s) = softplus(s) = −log(1 − D). */
    public static final ScoreTerm FAKE = ScoreTerm.of("softplus(s)", StableMath::softplus, StableMath::sigmoid);
    /** L_D = mean softplus(−s_real) + mean softplus(s_fake). */
    public static final SeparableObjective OBJECTIVE = new SeparableObjective(REAL, FAKE);

    private static final double LOG_4 = Math.log(4);

    /** s* = log p − log q, reported as σ(s*) = p/(p + q). */
    public static final ScoreOptimum OPTIMUM =
            DeclaredOptimum.inProbability("log p - log q", (p, q) -> Math.log(p) - Math.log(q));
    /** JSD(p_data ‖ p_g) ≈ (log 4 − L_D)/2. */
    public static final DivergenceClaim CLAIM =
            new AffineDivergenceClaim(Divergences.JENSEN_SHANNON, LOG_4 / 2, -0.5, OBJECTIVE);

    private LogisticDiscriminator() {
    }

    /** {@link #OPTIMUM}, as {@link org.jgan.core.loss.AdversarialLoss#optimum()} returns it. */
    static Optional<ScoreOptimum> optimum() {
        return Optional.of(OPTIMUM);
    }

    /** {@link #CLAIM}, as {@link org.jgan.core.loss.AdversarialLoss#divergence()} returns it. */
    static Optional<DivergenceClaim> divergence() {
        return Optional.of(CLAIM);
    }
}
