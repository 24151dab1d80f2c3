package org.jgan.experiments.userloss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.jgan.experiments.ScoreColumns.column;

import org.jgan.core.loss.ScoreGradient;
import org.jgan.core.loss.ScoreGradients;
import org.jgan.losses.goodfellow.NonSaturatingLoss;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The worked example's loss does what docs/adding-a-loss.md says: L_G = α · mean log(1 + e^{−s}) with gradient
 * −α σ(−s_i)/n, written out here by hand, and the discriminator's loss of the non-saturating loss unchanged. The
 * shared contract tests enumerate the project's own module only, so this user loss is checked here.
 */
class ScaledNonSaturatingLossTest {
    private static final double[] SCORES = {-30, -1, 0, 2.5, 40};
    /** All terms are O(1) to O(30) in double precision: a few ulps of 30 each. */
    private static final double TOLERANCE = 1e-12;

    @Test
    void theGeneratorLossIsAlphaTimesTheMeanSoftplusOfMinusTheScore() {
        ScoreGradient loss = new ScaledNonSaturatingLoss().generator(column(SCORES));
        double sum = 0;
        for (double s : SCORES) {
            sum += Math.log1p(Math.exp(-s));
        }
        assertThat(loss.value()).isCloseTo(ScaledNonSaturatingLoss.ALPHA * sum / SCORES.length, within(TOLERANCE));
        for (int i = 0; i < SCORES.length; i++) {
            double sigmoidOfMinusS = 1 / (1 + Math.exp(SCORES[i]));
            assertThat(loss.gradient().getDouble(i, 0)).as("dL/ds at s = %s", SCORES[i])
                    .isCloseTo(-ScaledNonSaturatingLoss.ALPHA * sigmoidOfMinusS / SCORES.length, within(TOLERANCE));
        }
    }

    @Test
    void theDiscriminatorLossIsTheNonSaturatingOne() {
        INDArray real = column(SCORES);
        INDArray fake = column(new double[] {3, -2, 0.5, -40, 7});
        ScoreGradients scaled = new ScaledNonSaturatingLoss().discriminator(real, fake);
        ScoreGradients reference = new NonSaturatingLoss().discriminator(real, fake);
        assertThat(scaled.value()).isEqualTo(reference.value());
        assertThat(scaled.realGradient()).isEqualTo(reference.realGradient());
        assertThat(scaled.fakeGradient()).isEqualTo(reference.fakeGradient());
    }
}
