package org.jgan.core.divergence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** The globally adaptive Gauss–Legendre integrator on integrals with known values. */
class AdaptiveQuadratureTest {
    private final AdaptiveQuadrature quadrature = new AdaptiveQuadrature();

    private double integrate(DoubleUnaryOperator f, double a, double b) {
        return quadrature.integrate(List.of(new AdaptiveQuadrature.Segment(f, a, b)));
    }

    @Test
    void polynomialsOfDegreeUpToNineteenAreExactOnOnePanel() {
        // ∫_0^2 x^19 = 2^20/20; 10-point Gauss–Legendre is exact for degree 19, so only rounding remains.
        assertThat(integrate(x -> Math.pow(x, 19), 0, 2)).isCloseTo(Math.pow(2, 20) / 20, within(1e-9));
    }

    @Test
    void kinksAndJumpsInsidePanelsConverge() {
        // ∫_0^1 |x − 0.3| = (0.3² + 0.7²)/2; ∫_0^1 [x > 1/3] = 2/3 (1/3 is never a panel edge).
        assertThat(integrate(x -> Math.abs(x - 0.3), 0, 1)).isCloseTo(0.29, within(1e-11));
        assertThat(integrate(x -> x > 1.0 / 3 ? 1 : 0, 0, 1)).isCloseTo(2.0 / 3, within(1e-11));
    }

    @Test
    void endpointSingularityOfTheDerivativeConverges() {
        assertThat(integrate(Math::sqrt, 0, 1)).isCloseTo(2.0 / 3, within(1e-11));
    }

    @Test
    void segmentsAreSummed() {
        assertThat(quadrature.integrate(List.of(new AdaptiveQuadrature.Segment(Math::exp, 0, 1),
                new AdaptiveQuadrature.Segment(x -> 1, 5, 7)))).isCloseTo(Math.E - 1 + 2, within(1e-12));
    }

    @Test
    void nonFiniteValuesAreReturned() {
        assertThat(integrate(x -> x > 0.5 ? Double.POSITIVE_INFINITY : 0, 0, 1)).isInfinite();
    }

    @Test
    void anIntegrandThatCannotConvergeFailsLoudly() {
        // ∫ 1/x diverges logarithmically at 0; a budget of 50 panels is spent long before the tolerance.
        AdaptiveQuadrature small = new AdaptiveQuadrature(1e-12, 1e-12, 50);
        assertThatThrownBy(() -> small.integrate(List.of(new AdaptiveQuadrature.Segment(x -> 1 / x, 0, 1))))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("50 panels");
    }
}
