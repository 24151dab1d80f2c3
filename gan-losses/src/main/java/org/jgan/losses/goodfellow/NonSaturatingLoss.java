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
 * The non-saturating GAN loss of Goodfellow et al. 2014 (arXiv 1406.2661, Section 3): the same discriminator
 * as {@link MinimaxLoss}, but the generator maximises log D(G(z)) instead of minimising log(1 − D(G(z))):
 *
 * <pre>
 *   L_D = mean softplus(−s_real) + mean softplus(s_fake)        (see {@link LogisticDiscriminator})
 *   L_G = −mean log D(G(z)) = mean softplus(−s_fake)
 * </pre>
 *
 * <p>dL_G/ds = −σ(−s)/n → −1/n as s → −∞, so the gradient is strongest exactly when D rejects the samples.
 * "This objective function results in the same fixed point of the dynamics of G and D but provides much
 * stronger gradients early in learning." The authors' own MNIST code used it. Claims: as the minimax loss.
 */
public final class NonSaturatingLoss implements AdversarialLoss {
    /** The registry name. */
    public static final String NAME = "non-saturating";

    /** φ_G(s) = softplus(−s) = −log σ(s): the generator wants its samples scored like real ones. */
    private static final ScoreTerm GENERATOR = LogisticDiscriminator.REAL;

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
