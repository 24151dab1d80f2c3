package org.jgan.experiments.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import org.junit.jupiter.api.Test;

class NegativeExpTest {
    /**
     * Math.exp is within one ulp of e^−x; the kernel's own error is a handful of roundings (reduction, polynomial,
     * two products), so 1e-15 (about 4.5 ulps at 1) bounds the difference with room for neither more nor a bug.
     */
    private static final double RELATIVE_TOLERANCE = 1e-15;

    @Test
    void agreesWithMathExpAcrossItsWholeRange() {
        int points = 1_000_000;
        double worst = 0;
        for (int i = 0; i <= points; i++) {
            double x = NegativeExp.MAX_ARGUMENT * i / points;
            double expected = Math.exp(-x);
            worst = Math.max(worst, Math.abs(NegativeExp.of(x) - expected) / expected);
        }
        assertThat(worst).isLessThan(RELATIVE_TOLERANCE);
    }

    @Test
    void agreesAtTheTableAndOctaveBoundaries() {
        for (int k = 0; k <= 256 * 4; k++) {
            double x = k * Math.log(2) / 256;
            for (double nudge : new double[] {-1e-12, 0, 1e-12}) {
                double at = Math.max(0, x + nudge);
                assertThat(NegativeExp.of(at)).as("x = %s", at)
                        .isCloseTo(Math.exp(-at), withPercentage(100 * RELATIVE_TOLERANCE));
            }
        }
    }

    @Test
    void isExactlyOneAtZero() {
        assertThat(NegativeExp.of(0)).isEqualTo(1.0);
    }
}
