package org.jgan.core.divergence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.jgan.core.config.ConfigException;
import org.jgan.core.distribution.Laplace;
import org.jgan.core.distribution.Normal;
import org.jgan.core.distribution.Uniform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The named divergences' closed log-space integrands against their generators f, and the generic path. */
class FDivergenceTest {
    private static final double[] LOG_DENSITIES = {-700, -300, -40, -5, -1, -0.25, 0, 0.5, 3};

    static Stream<FDivergence> named() {
        return Divergences.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("named")
    void closedIntegrandEqualsQTimesFOfTheRatio(FDivergence d) {
        for (double logP : LOG_DENSITIES) {
            for (double logQ : LOG_DENSITIES) {
                double p = Math.exp(logP);
                double q = Math.exp(logQ);
                // Where p/q and q·f(p/q) are representable, the direct form is accurate to a few ulps of its
                // terms, and so is the closed integrand; 1e-12 of the value plus the larger density bounds both.
                double direct = q * d.f(p / q);
                if (q > 0 && p / q > 0 && Double.isFinite(p / q) && Double.isFinite(direct)) {
                    assertThat(d.integrand(logP, logQ)).as("%s at log p = %s, log q = %s", d, logP, logQ)
                            .isCloseTo(direct, within(1e-12 * (Math.abs(direct) + Math.max(p, q))));
                }
            }
        }
    }

    /**
     * The limits typed in from the definitions: lim_{u→∞} f(u)/u (the integrand's slope in p where q = 0) and
     * f(0) (its slope in q where p = 0). KL: u log u, so ∞ and 0; reverse KL: −log u, 0 and ∞; JSD: ½ log 2 both;
     * TV: ½|u − 1|, ½ both; squared Hellinger: (√u − 1)², 1 both; Pearson: (u − 1)², ∞ and 1.
     */
    static Stream<Arguments> limits() {
        double inf = Double.POSITIVE_INFINITY;
        double halfLog2 = 0.5 * Math.log(2);
        return Stream.of(Arguments.of(Divergences.KL, inf, 0.0), Arguments.of(Divergences.REVERSE_KL, 0.0, inf),
                Arguments.of(Divergences.JENSEN_SHANNON, halfLog2, halfLog2),
                Arguments.of(Divergences.TOTAL_VARIATION, 0.5, 0.5),
                Arguments.of(Divergences.SQUARED_HELLINGER, 1.0, 1.0), Arguments.of(Divergences.PEARSON, inf, 1.0));
    }

    @Test
    void everyNamedDivergenceHasItsLimitsTabled() {
        assertThat(limits().map(a -> a.get()[0])).containsExactlyElementsOf(Divergences.ALL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void closedIntegrandHasTheLimitsWhereADensityVanishes(FDivergence d, double slopeAtInfinity, double fAtZero) {
        double inf = Double.NEGATIVE_INFINITY;
        assertThat(d.integrand(inf, inf)).isZero();
        assertLimit(d.slopeAtInfinity(), slopeAtInfinity);
        // q = 0 < p: p · lim f(u)/u; p = 0 < q: q · f(0).
        assertLimit(d.integrand(Math.log(0.3), inf), 0.3 * slopeAtInfinity);
        assertLimit(d.integrand(inf, Math.log(0.3)), 0.3 * fAtZero);
    }

    private static void assertLimit(double actual, double expected) {
        if (Double.isInfinite(expected)) {
            assertThat(actual).isEqualTo(expected);
        } else {
            assertThat(actual).isCloseTo(expected, within(1e-15));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("named")
    void genericIntegrandFromFAgreesWithTheClosedOne(FDivergence d) {
        // q is the wider normal, so q underflows before p/q does and the generic form stays exact.
        FDivergence generic = new FDivergence(d.name(), d::f, d.slopeAtInfinity());
        Normal p = new Normal(0, 1);
        Normal q = new Normal(0.5, 1.2);
        assertThat(generic.between(p, q)).isCloseTo(d.between(p, q), within(1e-9));
    }

    @Test
    void closedIntegrandKeepsTailsWhereTheRatioUnderflows() {
        // Reverse KL(N(0,1) ‖ Laplace): far out p/q underflows while q does not, so q·f(p/q) = q·(−log 0) is
        // infinite in floating point although the divergence is finite; the closed form q·(log q − log p)
        // is not. Value: E_q[log q − log p] = −log 2 − 1 + ½ log 2π + E_q[x²]/2 with E_q[x²] = 2 for Laplace(0,1).
        Normal p = new Normal(0, 1);
        Laplace q = new Laplace(0, 1);
        double expected = -Math.log(2) - 1 + 0.5 * Math.log(2 * Math.PI) + 1;
        assertThat(Divergences.REVERSE_KL.between(p, q)).isCloseTo(expected, within(1e-9));
        assertThat(new FDivergence("generic reverse KL", Divergences.REVERSE_KL::f, 0).between(p, q)).isInfinite();
    }

    @Test
    void infiniteDivergencesAreReportedAsInfinite() {
        assertThat(Divergences.PEARSON.between(new Normal(0, 1), new Normal(0, 0.5))).isInfinite();
        assertThat(Divergences.REVERSE_KL.between(new Uniform(0, 1), new Normal(0, 1))).isInfinite();
        assertThat(Divergences.KL.between(new Normal(0, 1), new Uniform(0, 1))).isInfinite();
    }

    @Test
    void boundedDivergencesStayFiniteOnDisjointSupports() {
        Uniform p = new Uniform(0, 1);
        Uniform q = new Uniform(3, 4);
        assertThat(Divergences.TOTAL_VARIATION.between(p, q)).isCloseTo(1, within(1e-12));
        assertThat(Divergences.SQUARED_HELLINGER.between(p, q)).isCloseTo(2, within(1e-12));
    }

    @Test
    void namesAreLookedUpAndUnknownNamesListTheKnownOnes() {
        assertThat(Divergences.named("JSD")).isSameAs(Divergences.JENSEN_SHANNON);
        assertThat(Divergences.ALL).extracting(FDivergence::name).doesNotHaveDuplicates();
        assertThatThrownBy(() -> Divergences.named("jsd")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("divergence").hasMessageContaining("KL, reverse-KL, JSD, TV");
    }
}
