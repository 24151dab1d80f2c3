package org.jgan.experiments.metrics;

import org.jgan.core.loss.AdversarialLoss;
import org.jgan.core.loss.ScoreGradient;
import org.jgan.core.loss.ScoreGradients;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * How much gradient a loss passes back through the discriminator's raw scores: the mean over samples of the
 * per-sample slope |∂ℓ/∂s| of the discriminator's loss on real and on generated samples, and of the generator's
 * loss on generated samples. Every loss is a batch mean L = (1/n) Σ ℓ(s_i), so the mean slope is Σ |∂L/∂s_i|.
 *
 * <p>A player learns only through these slopes. Goodfellow et al. 2014, Section 3: the minimax generator's slope,
 * σ(s), vanishes on samples D rejects confidently, while the non-saturating one's, 1 − σ(s), does not. f-GAN's
 * total-variation critic (Nowozin et al. 2016), T = ½ tanh(v) under a loss linear in T, has slope ½ sech²(v) ≤
 * 2(½ − |T|) on both sides: once it is confidently wrong it can no longer take its score back, and neither
 * player moves (docs/results.md, "Why the total-variation fit fails").
 *
 * @param discriminatorReal the discriminator's mean slope on the real samples
 * @param discriminatorFake the discriminator's mean slope on the generated samples
 * @param generator         the generator's mean slope on the generated samples
 */
public record ScoreSlopes(double discriminatorReal, double discriminatorFake, double generator) {
    /** The slopes of {@code loss} at the scores a discriminator gave a batch of real and of generated samples. */
    public static ScoreSlopes of(AdversarialLoss loss, INDArray realScores, INDArray fakeScores) {
        ScoreGradients discriminator = loss.discriminator(realScores, fakeScores);
        ScoreGradient generatorLoss = loss.generator(fakeScores);
        return new ScoreSlopes(discriminator.realGradient().norm1Number().doubleValue(),
                discriminator.fakeGradient().norm1Number().doubleValue(),
                generatorLoss.gradient().norm1Number().doubleValue());
    }
}
