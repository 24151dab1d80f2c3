package org.jgan.losses.score;

import org.jgan.core.loss.ScoreGradients;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A discriminator objective that is a mean over real samples plus a mean over generated ones:
 * L_D = (1/m) Σ φ_real(s_real,i) + (1/n) Σ φ_fake(s_fake,j).
 *
 * <p>At a point x where the densities are p (data) and q (model), the population objective contributes
 * p·φ_real(s) + q·φ_fake(s); the optimal score minimises that pointwise (Goodfellow et al. 2014, Proposition 1,
 * and its analogues), which is how the losses' declared optima are derived.
 *
 * @param real φ_real, applied to the scores of data samples
 * @param fake φ_fake, applied to the scores of generated samples
 */
public record SeparableObjective(ScoreTerm real, ScoreTerm fake) {
    /** L_D and its gradients with respect to both batches of scores. */
    public ScoreGradients evaluate(INDArray realScores, INDArray fakeScores) {
        var r = BatchMean.valueAndGradient("realScores", real, realScores);
        var f = BatchMean.valueAndGradient("fakeScores", fake, fakeScores);
        return new ScoreGradients(r.value() + f.value(), r.gradient(), f.gradient());
    }

    /** L_D alone. */
    public double value(INDArray realScores, INDArray fakeScores) {
        return BatchMean.value("realScores", real, realScores) + BatchMean.value("fakeScores", fake, fakeScores);
    }

    @Override
    public String toString() {
        return "mean " + real + " over real + mean " + fake + " over fake";
    }
}
