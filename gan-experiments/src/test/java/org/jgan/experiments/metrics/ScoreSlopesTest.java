package org.jgan.experiments.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.jgan.experiments.ScoreColumns.column;

import java.util.function.DoubleUnaryOperator;
import org.jgan.losses.fgan.FGanDivergences;
import org.jgan.losses.fgan.FGanLoss;
import org.jgan.losses.fgan.GeneratorObjective;
import org.jgan.losses.goodfellow.MinimaxLoss;
import org.jgan.losses.goodfellow.NonSaturatingLoss;
import org.junit.jupiter.api.Test;

/** The mean slopes against the derivatives of the losses' per-sample terms, written out by hand. */
class ScoreSlopesTest {
    private static final double[] REAL = {-3, 0, 0.5, 4};
    private static final double[] FAKE = {-20, -1, 2, 12};
    /** Sums of four O(1) terms in double precision. */
    private static final double TOLERANCE = 1e-14;

    @Test
    void totalVariationPassesOnHalfTheSquaredHyperbolicSecantOnEverySide() {
        ScoreSlopes slopes = ScoreSlopes.of(new FGanLoss(FGanDivergences.TOTAL_VARIATION, GeneratorObjective.SADDLE),
                column(REAL), column(FAKE));
        assertThat(slopes.discriminatorReal()).isCloseTo(mean(REAL, v -> 0.5 / Math.pow(Math.cosh(v), 2)),
                within(TOLERANCE));
        assertThat(slopes.discriminatorFake()).isCloseTo(mean(FAKE, v -> 0.5 / Math.pow(Math.cosh(v), 2)),
                within(TOLERANCE));
        assertThat(slopes.generator()).isEqualTo(slopes.discriminatorFake());
    }

    /** Section 3 of Goodfellow et al. 2014: on samples D rejects (s ≪ 0) only the non-saturating slope survives. */
    @Test
    void theMinimaxGeneratorSaturatesWhereTheNonSaturatingOneDoesNot() {
        ScoreSlopes minimax = ScoreSlopes.of(new MinimaxLoss(), column(REAL), column(FAKE));
        ScoreSlopes nonSaturating = ScoreSlopes.of(new NonSaturatingLoss(), column(REAL), column(FAKE));
        assertThat(minimax.generator()).isCloseTo(mean(FAKE, ScoreSlopesTest::sigmoid), within(TOLERANCE));
        assertThat(nonSaturating.generator()).isCloseTo(mean(FAKE, s -> sigmoid(-s)), within(TOLERANCE));
        // Both share the logistic discriminator: slope 1 − σ(s) = σ(−s) on real samples, σ(s) on generated ones.
        for (ScoreSlopes slopes : new ScoreSlopes[] {minimax, nonSaturating}) {
            assertThat(slopes.discriminatorReal()).isCloseTo(mean(REAL, s -> sigmoid(-s)), within(TOLERANCE));
            assertThat(slopes.discriminatorFake()).isCloseTo(mean(FAKE, ScoreSlopesTest::sigmoid), within(TOLERANCE));
        }
        double[] rejected = {-20};
        assertThat(ScoreSlopes.of(new MinimaxLoss(), column(REAL), column(rejected)).generator()).isLessThan(1e-8);
        assertThat(ScoreSlopes.of(new NonSaturatingLoss(), column(REAL), column(rejected)).generator())
                .isGreaterThan(0.99);
    }

    private static double sigmoid(double s) {
        return 1 / (1 + Math.exp(-s));
    }

    private static double mean(double[] values, DoubleUnaryOperator f) {
        double sum = 0;
        for (double v : values) {
            sum += f.applyAsDouble(v);
        }
        return sum / values.length;
    }
}
