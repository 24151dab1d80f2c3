package org.jgan.experiments.userloss;

import java.util.Optional;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.core.loss.DivergenceClaim;
import org.jgan.core.loss.ScoreGradient;
import org.jgan.core.loss.ScoreGradients;
import org.jgan.core.loss.ScoreOptimum;
import org.jgan.losses.goodfellow.LogisticDiscriminator;
import org.jgan.losses.score.BatchMean;
import org.jgan.losses.score.ScoreTerm;
import org.jgan.losses.score.StableMath;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The worked example of docs/adding-a-loss.md: Goodfellow et al.'s discriminator with a non-saturating
 * generator term scaled by α, L_G = α · mean softplus(−s). It reuses the logistic discriminator, so it
 * inherits its declared optimum (logit p/(p+q)) and its JSD claim.
 */
public final class ScaledNonSaturatingLoss implements AdversarialLoss {
    /** The registry name. */
    public static final String NAME = "scaled-non-saturating";
    /** The generator term's scale α. */
    public static final double ALPHA = 2.0;

    private static final ScoreTerm GENERATOR = ScoreTerm.of(ALPHA + "·softplus(-s)",
            s -> ALPHA * StableMath.softplus(-s), s -> -ALPHA * StableMath.sigmoid(-s));

    @Override
    public ScoreGradients discriminator(INDArray realScores, INDArray fakeScores) {
        return LogisticDiscriminator.OBJECTIVE.evaluate(realScores, fakeScores);
    }

    @Override
    public ScoreGradient generator(INDArray fakeScores) {
        return BatchMean.valueAndGradient("fakeScores", GENERATOR, fakeScores);
    }

    @Override
    public Optional<ScoreOptimum> optimum() {
        return Optional.of(LogisticDiscriminator.OPTIMUM);
    }

    @Override
    public Optional<DivergenceClaim> divergence() {
        return Optional.of(LogisticDiscriminator.CLAIM);
    }

    @Override
    public String toString() {
        return NAME + "(L_G = mean " + GENERATOR + ")";
    }
}
