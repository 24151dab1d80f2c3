package org.jgan.experiments.fgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.jgan.core.distribution.Mixture;
import org.jgan.core.distribution.Normal;
import org.jgan.core.divergence.Divergence;
import org.jgan.losses.fgan.FGanDivergences;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * θ* against what is known without search. The search stops when D changes by less than 1e-12 relative (1e-15
 * absolute); D grows quadratically around θ* with curvature of order 1 here, so θ* is good to about 1e-6, and
 * 1e-5 is asked.
 */
@Tag("theory")
class BestFitTest {
    private static final double TOLERANCE = 1e-5;
    /** The default P of fgan-gaussian-fit: ⅕N(−2, ½²) + ⅘N(2, ½²). */
    private static final Mixture MIXTURE = new Mixture(new double[] {1, 4},
            List.of(new Normal(-2, 0.5), new Normal(2, 0.5)));

    /** A Gaussian P is its own best fit by every divergence: D_f(P ‖ P) = 0 is the minimum. */
    @Test
    void aGaussianIsItsOwnBestFit() {
        Normal p = new Normal(1, 1.5);
        for (Divergence d : List.of(FGanDivergences.KL.target(), FGanDivergences.REVERSE_KL.target(),
                FGanDivergences.JENSEN_SHANNON.target())) {
            BestFit.Fit fit = BestFit.of(d, p);
            assertThat(fit.mean()).as(d.name()).isCloseTo(1, within(TOLERANCE));
            assertThat(fit.std()).as(d.name()).isCloseTo(1.5, within(TOLERANCE));
            assertThat(fit.value()).as(d.name()).isCloseTo(0, within(1e-9));
        }
    }

    /** KL(P ‖ N(μ, σ²)) is minimised by matching moments: μ = Σπμ_k = 1.2, σ² = Σπ(σ_k² + μ_k²) − μ² = 2.81. */
    @Test
    void klMatchesTheMixturesMoments() {
        BestFit.Fit fit = BestFit.of(FGanDivergences.KL.target(), MIXTURE);
        assertThat(fit.mean()).isCloseTo(1.2, within(TOLERANCE));
        assertThat(fit.std()).isCloseTo(Math.sqrt(2.81), within(TOLERANCE));
    }

    /**
     * Reverse KL sits on the heavier mode. On N(2, ½²), log p = log ⅘ + log q + log(1 + ¼e^{−16x}), and the last
     * term matters only where x ≲ 0, four of Q's standard deviations below its mean (mass Φ(−4) = 3e-5) with a
     * log-ratio of order 1 there: so KL(Q ‖ P) = −log ⅘ to about 1e-4 and θ* = (2, ½) to about 1e-3, where no
     * Gaussian spread over both modes comes near (the covering fit's reverse KL exceeds 1).
     */
    @Test
    void reverseKlSitsOnTheHeavierMode() {
        BestFit.Fit fit = BestFit.of(FGanDivergences.REVERSE_KL.target(), MIXTURE);
        assertThat(fit.mean()).isCloseTo(2, within(1e-3));
        assertThat(fit.std()).isCloseTo(0.5, within(1e-3));
        assertThat(fit.value()).isCloseTo(-Math.log(0.8), within(1e-4));
    }

    @Test
    void everyCentreOfPIsAStart() {
        assertThat(BestFit.starts(MIXTURE, 1.0)).hasSize(2);
        assertThat(BestFit.starts(MIXTURE, 1.0).get(0)).containsExactly(-2, 0);
        assertThat(BestFit.starts(new Normal(3, 1), 2.0).get(0)).containsExactly(3, Math.log(2));
    }
}
