package org.jgan.losses.beyond;

import java.util.Optional;
import org.jgan.core.config.Check;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.core.loss.DivergenceClaim;
import org.jgan.core.loss.ScoreGradient;
import org.jgan.core.loss.ScoreGradients;
import org.jgan.core.loss.ScoreOptimum;
import org.jgan.core.network.Network;
import org.jgan.losses.score.BatchMean;
import org.jgan.losses.score.ScoreTerm;
import org.jgan.losses.score.SeparableObjective;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The Wasserstein GAN loss with weight clipping (Arjovsky, Chintala, Bottou 2017, arXiv 1701.07875,
 * Algorithm 1), on raw critic values s:
 *
 * <pre>
 *   L_D = mean s_fake − mean s_real,   then every critic parameter is clipped to [−c, c]
 *   L_G = −mean s_fake
 * </pre>
 *
 * <p>By Kantorovich–Rubinstein duality W1(P, Q) = sup over 1-Lipschitz f of E_P[f] − E_Q[f]. Clipping makes
 * the critic K-Lipschitz for some K that depends on c and the architecture and is not known, so
 * −L_D = mean s_real − mean s_fake estimates at most K·W1.
 *
 * <p>Claims: none. There is no density-ratio optimum (the optimal critic is a Kantorovich potential, defined
 * by the geometry of the two distributions, not pointwise by p/q), and since K is unknown a comparison of
 * −L_D with W1 would pass or fail by accident rather than by the theory, so {@link #divergence()} is empty too;
 * {@link Wasserstein1} computes the true W1 for experiments that track it beside the critic's estimate.
 */
public final class WassersteinLoss implements AdversarialLoss {
    /** The registry name. */
    public static final String NAME = "wasserstein";
    /** The clipping bound of the paper, c = 0.01. */
    public static final double DEFAULT_CLIP = 0.01;

    private static final SeparableObjective CRITIC = new SeparableObjective(ScoreTerm.NEGATIVE_SCORE, ScoreTerm.SCORE);

    private final double clip;

    /** The paper's loss, c = {@value #DEFAULT_CLIP}. */
    public WassersteinLoss() {
        this(DEFAULT_CLIP);
    }

    /** @param clip c &gt; 0: every critic parameter is clipped to [−c, c] after each critic update */
    public WassersteinLoss(double clip) {
        this.clip = Check.positive(NAME + ".clip", clip);
    }

    /** The clipping bound c. */
    public double clip() {
        return clip;
    }

    @Override
    public ScoreGradients discriminator(INDArray realScores, INDArray fakeScores) {
        return CRITIC.evaluate(realScores, fakeScores);
    }

    /** L_G = −mean s_fake: the generator wants its samples scored as the critic scores real ones. */
    @Override
    public ScoreGradient generator(INDArray fakeScores) {
        return BatchMean.valueAndGradient("fakeScores", ScoreTerm.NEGATIVE_SCORE, fakeScores);
    }

    @Override
    public Optional<ScoreOptimum> optimum() {
        return Optional.empty();
    }

    @Override
    public Optional<DivergenceClaim> divergence() {
        return Optional.empty();
    }

    /** Clips all of the critic's parameters, biases included, to [−c, c], in place (two native calls). */
    @Override
    public void constrainDiscriminator(Network discriminator) {
        INDArray parameters = discriminator.parameters();
        Transforms.max(parameters, -clip, false);
        Transforms.min(parameters, clip, false);
    }

    @Override
    public String theoryCaveat() {
        return "the Wasserstein critic has no density-ratio optimum (its optimum is a Kantorovich potential), and "
                + "mean s_real - mean s_fake estimates K*W1 for the clipped critic's unknown Lipschitz constant K, "
                + "not W1 itself";
    }

    @Override
    public String toString() {
        return NAME + "(clip=" + clip + ")";
    }
}
