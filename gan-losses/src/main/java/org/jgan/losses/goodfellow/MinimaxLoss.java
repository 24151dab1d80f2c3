package org.jgan.losses.goodfellow;

import java.util.Optional;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.core.loss.DivergenceClaim;
import org.jgan.core.loss.ScoreGradient;
import org.jgan.core.loss.ScoreGradients;
import org.jgan.core.loss.ScoreOptimum;
import org.jgan.losses.score.BatchMean;
import org.jgan.losses.score.ScoreTerm;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The original minimax GAN loss, exactly Eq. 1 of Goodfellow et al. 2014 (arXiv 1406.2661), on logits s:
 *
 * <pre>
 *   L_D = mean softplus(−s_real) + mean softplus(s_fake)        (−V, see {@link LogisticDiscriminator})
 *   L_G = mean log(1 − D(G(z))) = −mean softplus(s_fake)         (saturating)
 * </pre>
 *
 * <p>dL_G/ds = −σ(s)/n, which vanishes as s → −∞: when D rejects the samples confidently, early in training,
 * the generator gets almost no gradient (Section 3). {@link NonSaturatingLoss} is the paper's remedy.
 * Claims: D* = p/(p + q) and JSD = (log 4 − L_D)/2, as {@link LogisticDiscriminator} states.
 */
public final class MinimaxLoss implements AdversarialLoss {
    /** The registry name. */
    public static final String NAME = "minimax";

    /** φ_G(s) = −softplus(s) = log(1 − σ(s)): the generator minimises the discriminator's fake term, negated. */
    private static final ScoreTerm GENERATOR = LogisticDiscriminator.FAKE.negated();

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
        return LogisticDiscriminator.optimum();
    }

    @Override
    public Optional<DivergenceClaim> divergence() {
        return LogisticDiscriminator.divergence();
    }

    @Override
    public String toString() {
        return NAME + "(L_G = mean " + GENERATOR + ")";
    }
}
