package org.jgan.experiments.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.jgan.core.distribution.Normal;
import org.jgan.core.distribution.Uniform;
import org.jgan.core.loss.ScoreOptimum;
import org.jgan.experiments.wiring.Registry;
import org.jgan.experiments.wiring.Wiring;
import org.junit.jupiter.api.Test;

/** The grid rule: the 1 % threshold, jumps found where densities or optima jump, bands and their mass. */
class OptimumGridTest {
    private static final Registry REGISTRY = Wiring.registry(List.of());
    private static final ScoreOptimum MINIMAX = REGISTRY.loss("loss", "minimax").optimum().orElseThrow();
    private static final DensityPair GAUSSIANS = new DensityPair(new Normal(0, 1), new Normal(1, 1));
    /** Jumps are located by bisection to 1e-9 of the span (about 11 units here), so to 1e-8. */
    private static final double JUMP_ACCURACY = 1e-8;

    @Test
    void keepsExactlyThePointsWherePDataPlusPgIsAtLeastOnePercentOfItsMaximum() {
        OptimumGrid grid = new OptimumGrid(GAUSSIANS, MINIMAX, 2001, 0);
        double[] xs = grid.xs();
        // p + q peaks at x = 1/2 between the two means: 2·φ(1/2).
        double largest = 2 * new Normal(0, 1).density(0.5);
        for (int i = 0; i < xs.length; i++) {
            double mass = new Normal(0, 1).density(xs[i]) + new Normal(1, 1).density(xs[i]);
            // The grid's maximum is taken over its points, a hair below the true one: compare away from the edge.
            if (Math.abs(mass - 0.01 * largest) > 1e-6) {
                assertThat(grid.kept(i)).as("x = %s", xs[i]).isEqualTo(mass >= 0.01 * largest);
            }
        }
        assertThat(grid.jumps()).isEmpty();
        assertThat(grid.optimal()[1000]).isCloseTo(1 / (1 + Math.exp(xs[1000] - 0.5)), within(1e-12));
    }

    @Test
    void findsTheJumpsOfDStarAtAUniformsEdgesAndReportsTheBandsMass() {
        DensityPair pair = new DensityPair(new Uniform(-1, 1), new Normal(0, 1));
        double band = 0.1;
        OptimumGrid grid = new OptimumGrid(pair, MINIMAX, 2001, band);
        assertThat(grid.jumps()).hasSize(2);
        assertThat(grid.jumps()[0]).isCloseTo(-1, within(JUMP_ACCURACY));
        assertThat(grid.jumps()[1]).isCloseTo(1, within(JUMP_ACCURACY));
        // Pooled mass in [−1.1, −0.9] ∪ [0.9, 1.1]: half the uniform's 2·0.1/2 plus half the normal's.
        Normal normal = new Normal(0, 1);
        double expected = 0.5 * 0.1 + (normal.cdf(1.1) - normal.cdf(0.9));
        // Each of the four band ends is off by the jump's location error (1e-8) times a density below 0.7.
        assertThat(grid.bandMass()).isCloseTo(expected, within(4 * 0.7 * JUMP_ACCURACY));
        double[] xs = grid.xs();
        for (int i = 0; i < xs.length; i++) {
            assertThat(grid.inBand(i)).as("x = %s", xs[i])
                    .isEqualTo(grid.kept(i) && Math.abs(Math.abs(xs[i]) - 1) <= band);
        }
    }

    @Test
    void findsTheJumpOfAnOptimumThatIsItselfDiscontinuous() {
        ScoreOptimum hinge = REGISTRY.loss("loss", "hinge").optimum().orElseThrow();
        OptimumGrid grid = new OptimumGrid(GAUSSIANS, hinge, 2001, 0.05);
        assertThat(grid.jumps()).hasSize(1);
        assertThat(grid.jumps()[0]).isCloseTo(0.5, within(JUMP_ACCURACY));
    }

    @Test
    void errorsAreMeasuredOnKeptPointsOutsideTheBands() {
        DensityPair pair = new DensityPair(new Uniform(-1, 1), new Normal(0, 1));
        OptimumGrid grid = new OptimumGrid(pair, MINIMAX, 2001, 0.1);
        double[] optimal = grid.optimal();
        double[] reported = new double[optimal.length];
        for (int i = 0; i < optimal.length; i++) {
            reported[i] = !grid.kept(i) ? 7 : grid.inBand(i) ? optimal[i] + 0.5 : optimal[i] + 0.01;
        }
        OptimumGrid.Errors errors = grid.errors(reported);
        assertThat(errors.max()).isCloseTo(0.01, within(1e-12));
        assertThat(errors.mean()).isCloseTo(0.01, within(1e-12));
        assertThat(errors.maxWithBands()).isCloseTo(0.5, within(1e-12));
        assertThat(errors.weightedMean()).isCloseTo(0.01, within(1e-12));
    }
}
