package org.jgan.losses.beyond;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.special.Erf;
import org.jgan.core.distribution.Normal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * W1 between normals against closed forms. For N(μ1, σ1²) and N(μ2, σ2²) the monotone coupling is optimal on
 * the line, so W1 = E|(σ1 − σ2)Z + μ1 − μ2|, the mean of a folded normal N(m, s²):
 * s√(2/π)e^{−m²/(2s²)} + m(1 − 2Φ(−m/s)). Quadrature is asked for 1e-12 per panel and the tails cut at 1e-13
 * of mass, so 1e-9 leaves room for both.
 */
@Tag("theory")
class Wasserstein1Test {
    private final Wasserstein1 w1 = new Wasserstein1();

    private static double foldedNormalMean(double m, double s) {
        double phi = 0.5 * Erf.erfc(m / s / Math.sqrt(2));
        return s * Math.sqrt(2 / Math.PI) * Math.exp(-m * m / (2 * s * s)) + m * (1 - 2 * phi);
    }

    @Test
    void aShiftCostsItsLength() {
        assertThat(w1.between(new Normal(0, 1), new Normal(1, 1))).isCloseTo(1, within(1e-9));
        assertThat(w1.between(new Normal(2, 0.5), new Normal(-1, 0.5))).isCloseTo(3, within(1e-9));
    }

    /** Different widths: the CDFs cross once, at x = −0.5 here, and the integrand has a kink there. */
    @Test
    void crossingCdfsMatchTheFoldedNormalMean() {
        assertThat(w1.between(new Normal(0, 1), new Normal(0, 2))).isCloseTo(Math.sqrt(2 / Math.PI), within(1e-9));
        assertThat(w1.between(new Normal(0, 1), new Normal(0.5, 2)))
                .isCloseTo(foldedNormalMean(0.5, 1), within(1e-9));
        assertThat(w1.between(new Normal(0, 1), new Normal(3, 0.5)))
                .isCloseTo(foldedNormalMean(3, 0.5), within(1e-9));
    }

    @Test
    void isSymmetricAndZeroOnItself() {
        Normal p = new Normal(0.3, 1.7);
        Normal q = new Normal(-1, 0.4);
        assertThat(w1.between(p, q)).isCloseTo(w1.between(q, p), within(1e-12));
        assertThat(w1.between(p, p)).isEqualTo(0.0);
        assertThat(w1.name()).isEqualTo("W1");
    }
}
