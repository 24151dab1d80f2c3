package org.jgan.losses.fgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.stream.Stream;
import org.jgan.core.distribution.Normal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of the f-GAN table against its definition and against the numbers paper-facts.md gives. */
class FGanDivergencesTest {
    private static final double EPS = Math.ulp(1.0);
    private static final double LOG_2 = Math.log(2);

    /** f(1) and f′(1), typed in from the table in paper-facts.md (Nowozin et al. 2016, Table 6). */
    private static final Map<String, double[]> F_AND_SLOPE_AT_ONE = Map.of(
            "kl", new double[] {0, 1},
            "reverse-kl", new double[] {0, -1},
            "js", new double[] {0, 0},
            "pearson", new double[] {0, 0},
            "squared-hellinger", new double[] {0, 0},
            "total-variation", new double[] {0, 0},
            "gan", new double[] {-Math.log(4), -LOG_2});

    /** D_f(N(0,1) ‖ N(1,1)) in closed form (paper-facts.md, "Exact values for tests", μ = 1). */
    private static final Map<String, Double> AT_MU_ONE = Map.of(
            "kl", 0.5,
            "reverse-kl", 0.5,
            "js", 2 * 0.1114214822,
            "pearson", Math.E - 1,
            "squared-hellinger", 2 * (1 - Math.exp(-1.0 / 8)),
            "total-variation", 0.3829249225,
            "gan", -1.1634513968);

    static Stream<FGanDivergence> rows() {
        return FGanDivergences.ALL.stream();
    }

    @Test
    void theTableHasEveryRowOnce() {
        assertThat(FGanDivergences.ALL).extracting(FGanDivergence::name)
                .containsExactlyInAnyOrderElementsOf(F_AND_SLOPE_AT_ONE.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void fAndItsSlopeAtOneAreAsTabled(FGanDivergence d) {
        double[] expected = F_AND_SLOPE_AT_ONE.get(d.name());
        assertThat(d.f(1)).as("f(1)").isCloseTo(expected[0], within(4 * EPS));
        assertThat(d.fPrime(1)).as("f'(1)").isCloseTo(expected[1], within(4 * EPS));
    }

    /** f′ is the derivative of f: central differences with h = 1e-5 (truncation h²|f‴|/6 &lt; 1e-9 on u ∈ [0.1, 20]). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void fPrimeIsTheDerivativeOfF(FGanDivergence d) {
        double h = 1e-5;
        for (double u : new double[] {0.1, 0.5, 0.9, 1.1, 2, 5, 20}) {
            double difference = (d.f(u + h) - d.f(u - h)) / (2 * h);
            assertThat(d.fPrime(u)).as("f'(%s)", u).isCloseTo(difference, within(1e-8 * (1 + Math.abs(difference))));
        }
    }

    /**
     * Fenchel–Young: f(u) + f*(t) &gt;= u·t for u &gt;= 0 and t in dom f*, with equality at t = f′(u) (f* is the
     * conjugate). Rounding: the four terms are each good to a few ulps, so 1e-12 of their magnitudes.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void fenchelYoungHoldsWithEqualityAtTheSlope(FGanDivergence d) {
        double[] us = {0, 0.01, 0.1, 0.5, 1, 2, 5, 20};
        for (double u : us) {
            if (!Double.isFinite(d.f(u))) {
                continue;
            }
            for (double v = -5; v <= 5; v += 0.25) {
                double t = d.activation(v);
                double gap = d.f(u) + d.conjugate(t) - u * t;
                double scale = Math.abs(d.f(u)) + Math.abs(d.conjugate(t)) + Math.abs(u * t);
                assertThat(gap).as("u=%s, t=%s", u, t).isGreaterThanOrEqualTo(-1e-12 * (1 + scale));
            }
            double slope = d.fPrime(u);
            if (Double.isFinite(slope) && d.conjugateDomain().contains(slope)) {
                double gap = d.f(u) + d.conjugate(slope) - u * slope;
                double scale = Math.abs(d.f(u)) + Math.abs(d.conjugate(slope)) + Math.abs(u * slope);
                assertThat(gap).as("equality at t = f'(%s) = %s", u, slope).isCloseTo(0, within(1e-12 * (1 + scale)));
            }
        }
    }

    /**
     * g_f maps every score into dom f*. Strictly inside for |v| &lt;= 30; beyond about 37, e^{−v} &lt; ε/2 and
     * 1 − e^{−v} or log 2 − softplus(−v) round onto the open end, so there only the closure is asked, and the
     * stable f*(g_f(v)) must still be finite: the reason it is not computed by composition.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theActivationStaysInsideTheConjugateDomain(FGanDivergence d) {
        for (double v = -50; v <= 50; v += 0.25) {
            double t = d.activation(v);
            if (Math.abs(v) <= 30) {
                assertThat(d.conjugateDomain().contains(t)).as("g(%s) = %s in %s", v, t, d.conjugateDomain()).isTrue();
            }
            assertThat(d.conjugateDomain().closureContains(t)).as("g(%s) = %s near %s", v, t, d.conjugateDomain())
                    .isTrue();
            assertThat(d.conjugateOfActivation(v)).as("f*(g(%s))", v).isFinite();
        }
    }

    /**
     * The stable f*(g_f(v)) equals the composition f*(g_f(v)) wherever the latter is finite, up to the
     * composition's own error: g_f(v) is good to a few ulps and f* amplifies that by its condition number,
     * at most about 1 + e^{|v|} for these rows (1/(1 − t) for Hellinger, e^t/(2 − e^t) for JS, ...).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void stableConjugateOfActivationMatchesTheComposition(FGanDivergence d) {
        int compared = 0;
        for (double v = -30; v <= 30; v += 0.25) {
            double naive = d.conjugate(d.activation(v));
            if (Double.isFinite(naive)) {
                double stable = d.conjugateOfActivation(v);
                double tolerance = 8 * EPS * (1 + Math.exp(Math.abs(v))) * Math.max(1, Math.abs(stable));
                assertThat(stable).as("f*(g(%s))", v).isCloseTo(naive, within(tolerance));
                compared++;
            }
        }
        assertThat(compared).as("grid points where the composition is finite").isGreaterThan(200);
    }

    /** The analytic derivatives against central differences (h = 1e-5, scaled by the value: 1e-7 relative). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void derivativesMatchCentralDifferences(FGanDivergence d) {
        double h = 1e-5;
        for (double v = -8; v <= 8; v += 0.5) {
            double activation = (d.activation(v + h) - d.activation(v - h)) / (2 * h);
            assertThat(d.activationDerivative(v)).as("g'(%s)", v)
                    .isCloseTo(activation, within(1e-7 * (1 + Math.abs(activation))));
            double conjugate = (d.conjugateOfActivation(v + h) - d.conjugateOfActivation(v - h)) / (2 * h);
            assertThat(d.conjugateOfActivationDerivative(v)).as("(f* o g)'(%s)", v)
                    .isCloseTo(conjugate, within(1e-7 * (1 + Math.abs(conjugate))));
        }
    }

    /** g_f(g_f⁻¹(t)) = t, and the optimal score gives T* = f′(p/q) (Nowozin et al., Section 2.2). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void optimalScoreGivesTheOptimalVariationalFunction(FGanDivergence d) {
        double[] densities = {0.05, 0.4, 1, 2.5};
        for (double p : densities) {
            for (double q : densities) {
                double tStar = d.fPrime(p / q);
                double v = d.optimum().score(p, q);
                assertThat(d.activation(v)).as("g(v*(%s, %s))", p, q)
                        .isCloseTo(tStar, within(1e-12 * (1 + Math.abs(tStar))));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    @Tag("theory")
    void targetMatchesTheClosedFormForUnitGaussians(FGanDivergence d) {
        double exact = AT_MU_ONE.get(d.name());
        assertThat(d.target().between(new Normal(0, 1), new Normal(1, 1))).as(d.target().name())
                .isCloseTo(exact, within(1e-9));
    }

    /** Reported units: D = σ(v) for the GAN and JS rows (v* = log p − log q), T = ½ tanh(v) for total variation. */
    @Test
    void optimaAreReportedWhereTheyAreFinite() {
        assertThat(FGanDivergences.GAN.optimum().units()).isEqualTo("probability");
        assertThat(FGanDivergences.GAN.optimum().score(3, 1)).isCloseTo(Math.log(3), within(1e-15));
        assertThat(FGanDivergences.JENSEN_SHANNON.optimum().score(3, 1)).isCloseTo(Math.log(3), within(1e-14));
        var tv = FGanDivergences.TOTAL_VARIATION.optimum();
        assertThat(tv.score(3, 1)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(tv.inReportingUnits(tv.score(3, 1))).isEqualTo(0.5);
        assertThat(tv.inReportingUnits(tv.score(1, 3))).isEqualTo(-0.5);
        assertThat(FGanDivergences.KL.optimum().units()).isEqualTo("score");
    }
}
