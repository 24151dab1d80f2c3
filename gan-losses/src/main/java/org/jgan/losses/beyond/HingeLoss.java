package org.jgan.losses.beyond;

import java.util.Optional;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.core.loss.DivergenceClaim;
import org.jgan.core.loss.ScoreGradient;
import org.jgan.core.loss.ScoreGradients;
import org.jgan.core.loss.ScoreOptimum;
import org.jgan.losses.fgan.FGanDivergences;
import org.jgan.losses.score.AffineDivergenceClaim;
import org.jgan.losses.score.BatchMean;
import org.jgan.losses.score.DeclaredOptimum;
import org.jgan.losses.score.ScoreTerm;
import org.jgan.losses.score.SeparableObjective;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The hinge loss (Lim and Ye 2017, "Geometric GAN", arXiv 1705.02894; Miyato et al. 2018), on raw scores s:
 *
 * <pre>
 *   L_D = mean max(0, 1 − s_real) + mean max(0, 1 + s_fake)
 *   L_G = −mean s_fake
 * </pre>
 *
 * <p>The derivative at a kink (s_real = 1, s_fake = −1) is taken as 0, a subgradient.
 *
 * <p>Claims. Optimum: p·max(0, 1 − s) + q·max(0, 1 + s) is (p + q) + s(q − p) on [−1, 1] and larger outside,
 * so s* = sign(p − q), in score units; where p = q every s in [−1, 1] is optimal and 0 is declared.
 * Divergence: the pointwise minimum is 2·min(p, q), and ∫ 2 min(p, q) = 2(1 − TV) with TV = ½∫|p − q|, so a
 * batch estimates TV ≈ 1 − L_D/2, a lower bound tight at s*.
 */
public final class HingeLoss implements AdversarialLoss {
    /** The registry name. */
    public static final String NAME = "hinge";

    private static final SeparableObjective DISCRIMINATOR = new SeparableObjective(
            ScoreTerm.of("max(0, 1 - s)", s -> Math.max(0, 1 - s), s -> s < 1 ? -1 : 0),
            ScoreTerm.of("max(0, 1 + s)", s -> Math.max(0, 1 + s), s -> s > -1 ? 1 : 0));
    private static final ScoreTerm GENERATOR = ScoreTerm.NEGATIVE_SCORE;
    private static final ScoreOptimum OPTIMUM = DeclaredOptimum.inScores("sign(p - q)", (p, q) -> Math.signum(p - q));
    private static final DivergenceClaim CLAIM =
            new AffineDivergenceClaim(FGanDivergences.TOTAL_VARIATION.target(), 1, -0.5, DISCRIMINATOR);

    @Override
    public ScoreGradients discriminator(INDArray realScores, INDArray fakeScores) {
        return DISCRIMINATOR.evaluate(realScores, fakeScores);
    }

    @Override
    public ScoreGradient generator(INDArray fakeScores) {
        return BatchMean.valueAndGradient("fakeScores", GENERATOR, fakeScores);
    }

    @Override
    public Optional<ScoreOptimum> optimum() {
        return Optional.of(OPTIMUM);
    }

    @Override
    public Optional<DivergenceClaim> divergence() {
        return Optional.of(CLAIM);
    }

    @Override
    public String toString() {
        return NAME + "(L_D = " + DISCRIMINATOR + ", L_G = mean " + GENERATOR + ")";
    }
}
