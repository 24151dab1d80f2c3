package org.jgan.losses.goodfellow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.jgan.losses.Scores.column;
import static org.jgan.losses.Scores.values;

import org.jgan.core.loss.ScoreOptimum;
import org.jgan.losses.score.StableMath;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Golden values, saturation and the optimum of Goodfellow et al. 2014's two losses. */
class GoodfellowLossesTest {
    /** TF-GAN's test logits (tensorflow/gan losses_impl_test), and the values paper-facts.md gives for them. */
    private static final INDArray REAL = column(-5.0, 1.4, 12.5, 2.7);
    private static final INDArray FAKE = column(10.0, 4.4, -5.5, 3.6);
    /** The goldens are given to 6 decimals: half a unit of the last place, doubled. */
    private static final double GOLDEN_TOLERANCE = 1e-6;

    private final MinimaxLoss minimax = new MinimaxLoss();
    private final NonSaturatingLoss nonSaturating = new NonSaturatingLoss();

    @Test
    void discriminatorLossMatchesTheGoldenValueForBothLosses() {
        assertThat(minimax.discriminator(REAL, FAKE).value()).isCloseTo(5.833866, within(GOLDEN_TOLERANCE));
        assertThat(nonSaturating.discriminator(REAL, FAKE).value()).isCloseTo(5.833866, within(GOLDEN_TOLERANCE));
    }

    @Test
    void generatorLossesMatchTheGoldenValues() {
        assertThat(nonSaturating.generator(FAKE).value()).isCloseTo(1.385821, within(GOLDEN_TOLERANCE));
        assertThat(minimax.generator(FAKE).value()).isCloseTo(-4.510821, within(GOLDEN_TOLERANCE));
    }

    /**
     * Section 3: for fake logits of −20 (D rejects with σ(−20) ≈ 2e-9) the minimax generator's gradient per
     * sample is −σ(−20)/n, vanishing, while the non-saturating one is −σ(20)/n ≈ −1/n. Both are computed in
     * closed form in double, so they agree with the formula to a few ulps (1e-12 relative).
     */
    @Test
    void minimaxGeneratorSaturatesWhereNonSaturatingDoesNot() {
        INDArray rejected = column(-20, -20, -20, -20);
        double n = 4;
        for (double g : values(minimax.generator(rejected).gradient())) {
            double expected = -StableMath.sigmoid(-20) / n;
            assertThat(g).isCloseTo(expected, within(1e-12 * Math.abs(expected)));
            assertThat(Math.abs(g)).isLessThan(1e-9);
        }
        for (double g : values(nonSaturating.generator(rejected).gradient())) {
            assertThat(g).isCloseTo(-StableMath.sigmoid(20) / n, within(1e-12 / n));
            assertThat(g).isCloseTo(-1 / n, within(1e-8));
        }
    }

    /**
     * Proposition 1 for P = N(0,1), Q = N(μ,1): D*(0) = σ(μ²/2), tabled in paper-facts.md to 10 digits, so
     * 1e-9. The densities are evaluated here directly, not through the distribution classes.
     */
    @Test
    void optimumIsProposition1InProbabilityUnits() {
        ScoreOptimum optimum = minimax.optimum().orElseThrow();
        assertThat(optimum.units()).isEqualTo("probability");
        double[][] muAndDStar = {{0.5, 0.5312093734}, {1, 0.6224593312}, {2, 0.8807970780}, {3, 0.9890130574}};
        for (double[] row : muAndDStar) {
            double mu = row[0];
            double p = 1 / Math.sqrt(2 * Math.PI);
            double q = Math.exp(-mu * mu / 2) / Math.sqrt(2 * Math.PI);
            assertThat(optimum.inReportingUnits(optimum.score(p, q))).as("D*(0), mu = " + mu)
                    .isCloseTo(row[1], within(1e-9));
        }
        assertThat(optimum.score(1, 0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(optimum.score(0, 1)).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    /** Theorem 1: at D = ½ everywhere (all logits 0) L_D = log 4 and the JSD estimate is 0. */
    @Test
    void divergenceEstimateIsZeroWhenDCannotTellTheSamplesApart() {
        INDArray undecided = column(0, 0, 0);
        assertThat(minimax.discriminator(undecided, undecided).value()).isCloseTo(Math.log(4), within(1e-15));
        assertThat(minimax.divergence().orElseThrow().estimate(undecided, undecided)).isCloseTo(0, within(1e-15));
        assertThat(minimax.divergence().orElseThrow().estimate(REAL, FAKE))
                .isCloseTo((Math.log(4) - 5.833865891654) / 2, within(1e-12));
    }

    @Test
    void bothLossesShareOneDiscriminatorAndOneTheory() {
        assertThat(minimax.optimum()).isEqualTo(nonSaturating.optimum());
        assertThat(minimax.divergence()).isEqualTo(nonSaturating.divergence());
        assertThat(values(minimax.discriminator(REAL, FAKE).fakeGradient()))
                .containsExactly(values(nonSaturating.discriminator(REAL, FAKE).fakeGradient()));
    }
}
