package org.jgan.losses.fgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.jgan.core.distribution.Mixture;
import org.jgan.core.distribution.Normal;
import org.jgan.core.distribution.UnivariateDistribution;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each row's D_f by quadrature for pairs of unequal widths, where p/q under- or overflows in the tails (|log p −
 * log q| &gt; 709 at |x| ≈ 20 for N(0, 0.5²) against N(0, 4²)) while both densities still carry mass that the
 * integral sees. Built from f alone, the integrand there is −log 0 = +∞ (reverse KL), ∞·p (KL) or ∞ − ∞ (JS).
 *
 * <p>References are the Gaussian closed forms, for P = N(0, a²), Q = N(0, b²):
 * KL(P ‖ Q) = log(b/a) + a²/(2b²) − ½; squared Hellinger 2 − 2√(2ab/(a² + b²)); Pearson χ² =
 * b²/(a√(2b² − a²)) − 1 (finite when 2b² &gt; a²). The quadrature's own accuracy is about 1e-12 relative, so
 * 1e-9 leaves room for the closed forms' rounding.
 */
@Tag("theory")
class FGanTargetTailsTest {
    private static final double TOLERANCE = 1e-9;
    private static final Normal NARROW = new Normal(0, 0.5);
    private static final Normal WIDE = new Normal(0, 4);

    static List<FGanDivergence> rows() {
        return FGanDivergences.ALL;
    }

    @Test
    void klAndReverseKlMatchTheGaussianClosedFormBothWays() {
        assertThat(FGanDivergences.KL.target().between(NARROW, WIDE)).isCloseTo(kl(0.5, 4), within(TOLERANCE));
        assertThat(FGanDivergences.KL.target().between(WIDE, NARROW)).isCloseTo(kl(4, 0.5), within(TOLERANCE));
        assertThat(FGanDivergences.REVERSE_KL.target().between(NARROW, WIDE)).isCloseTo(kl(4, 0.5),
                within(TOLERANCE));
        assertThat(FGanDivergences.REVERSE_KL.target().between(WIDE, NARROW)).isCloseTo(kl(0.5, 4),
                within(TOLERANCE));
    }

    @Test
    void hellingerAndPearsonMatchTheGaussianClosedForm() {
        double hellinger = 2 - 2 * Math.sqrt(2 * 0.5 * 4 / (0.25 + 16));
        assertThat(FGanDivergences.SQUARED_HELLINGER.target().between(NARROW, WIDE)).isCloseTo(hellinger,
                within(TOLERANCE));
        assertThat(FGanDivergences.SQUARED_HELLINGER.target().between(WIDE, NARROW)).isCloseTo(hellinger,
                within(TOLERANCE));
        double pearson = 16 / (0.5 * Math.sqrt(2 * 16 - 0.25)) - 1;
        assertThat(FGanDivergences.PEARSON.target().between(NARROW, WIDE)).isCloseTo(pearson,
                within(TOLERANCE * pearson));
    }

    /**
     * The symmetric divergences give the same value both ways, within [0, their bound]: 2·JSD ≤ 2 log 2, TV ≤ 1,
     * and the GAN row is the JS row minus log 4 to the quadrature's accuracy.
     */
    @Test
    void theSymmetricRowsAreSymmetricAndBounded() {
        UnivariateDistribution mixture = new Mixture(new double[] {1, 4}, List.of(new Normal(-2, 0.5),
                new Normal(2, 0.5)));
        Normal narrow = new Normal(2, 0.2);
        for (UnivariateDistribution[] pair : List.of(new UnivariateDistribution[] {NARROW, WIDE},
                new UnivariateDistribution[] {mixture, narrow}, new UnivariateDistribution[] {mixture, WIDE})) {
            double js = FGanDivergences.JENSEN_SHANNON.target().between(pair[0], pair[1]);
            assertThat(js).isBetween(0.0, 2 * Math.log(2));
            assertThat(FGanDivergences.JENSEN_SHANNON.target().between(pair[1], pair[0])).isCloseTo(js,
                    within(TOLERANCE));
            assertThat(FGanDivergences.GAN.target().between(pair[0], pair[1])).isCloseTo(js - Math.log(4),
                    within(TOLERANCE));
            double tv = FGanDivergences.TOTAL_VARIATION.target().between(pair[0], pair[1]);
            assertThat(tv).isBetween(0.0, 1.0);
            assertThat(FGanDivergences.TOTAL_VARIATION.target().between(pair[1], pair[0])).isCloseTo(tv,
                    within(TOLERANCE));
        }
    }

    /** Every row stays finite for a bimodal P against a Gaussian Q far wider and far narrower than its modes. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyRowIsFiniteForAMixtureAgainstWideAndNarrowGaussians(FGanDivergence row) {
        UnivariateDistribution mixture = new Mixture(new double[] {1, 4}, List.of(new Normal(-2, 0.5),
                new Normal(2, 0.5)));
        assertThat(row.target().between(mixture, new Normal(0.5, 3))).as("against N(0.5, 3²)").isFinite();
        if (row != FGanDivergences.PEARSON) {
            // χ²(P ‖ Q) = ∫ p²/q is truly infinite when Q is narrower than P's components (2σ_Q² < σ_P²).
            assertThat(row.target().between(mixture, new Normal(2, 0.2))).as("against N(2, 0.2²)").isFinite();
        }
    }

    private static double kl(double a, double b) {
        return Math.log(b / a) + a * a / (2 * b * b) - 0.5;
    }
}
