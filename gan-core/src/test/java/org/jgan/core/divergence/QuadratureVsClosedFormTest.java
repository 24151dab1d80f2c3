package org.jgan.core.divergence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.jgan.core.distribution.Normal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quadrature against closed forms for pairs of normals, and against the JSD table of paper-facts.md.
 *
 * <p>Tolerance 1e-7 absolute for the closed forms: the quadrature stops when its (conservative) error estimate
 * is below max(1e-12, 1e-12·|value|), so for every value here (at most e⁹ ≈ 8.1e3 for Pearson) the bound is
 * at most 1e-8, with the rest of the margin for rounding in the sums. The JSD table is given to 10 decimals,
 * so its own rounding is 5e-11 and 1e-8 leaves room for the quadrature.
 */
@Tag("theory")
class QuadratureVsClosedFormTest {
    private static final double CLOSED_FORM_TOLERANCE = 1e-7;
    private static final double TABLE_TOLERANCE = 1e-8;

    /** (m1, s1, m2, s2): equal and unequal widths, near and far means, narrow and wide. */
    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of(0.0, 1.0, 0.5, 1.0),
                Arguments.of(0.0, 1.0, 1.0, 1.0),
                Arguments.of(0.0, 1.0, 2.0, 1.0),
                Arguments.of(0.0, 1.0, 3.0, 1.0),
                Arguments.of(0.0, 1.0, 0.0, 2.0),
                Arguments.of(0.0, 2.0, 0.0, 1.5),
                Arguments.of(4.0, 0.5, 0.0, 1.0),
                Arguments.of(-1.0, 0.3, 2.0, 3.0),
                Arguments.of(0.0, 0.01, 0.05, 0.02),
                Arguments.of(100.0, 1.0, 98.0, 1.3));
    }

    @ParameterizedTest(name = "KL(N({0},{1}²) ‖ N({2},{3}²))")
    @MethodSource("pairs")
    void klMatchesClosedForm(double m1, double s1, double m2, double s2) {
        assertThat(Divergences.KL.between(new Normal(m1, s1), new Normal(m2, s2)))
                .isCloseTo(GaussianClosedForms.kl(m1, s1, m2, s2), within(CLOSED_FORM_TOLERANCE));
    }

    @ParameterizedTest(name = "reverse KL(N({0},{1}²) ‖ N({2},{3}²))")
    @MethodSource("pairs")
    void reverseKlIsKlWithArgumentsSwapped(double m1, double s1, double m2, double s2) {
        assertThat(Divergences.REVERSE_KL.between(new Normal(m1, s1), new Normal(m2, s2)))
                .isCloseTo(GaussianClosedForms.kl(m2, s2, m1, s1), within(CLOSED_FORM_TOLERANCE));
    }

    @ParameterizedTest(name = "H²(N({0},{1}²), N({2},{3}²))")
    @MethodSource("pairs")
    void squaredHellingerMatchesClosedForm(double m1, double s1, double m2, double s2) {
        assertThat(Divergences.SQUARED_HELLINGER.between(new Normal(m1, s1), new Normal(m2, s2)))
                .isCloseTo(GaussianClosedForms.squaredHellinger(m1, s1, m2, s2), within(CLOSED_FORM_TOLERANCE));
    }

    @ParameterizedTest(name = "χ²(N({0},{1}²) ‖ N({2},{3}²))")
    @MethodSource("pairs")
    void pearsonMatchesClosedFormWhereFinite(double m1, double s1, double m2, double s2) {
        double value = Divergences.PEARSON.between(new Normal(m1, s1), new Normal(m2, s2));
        if (2 * s2 * s2 > s1 * s1) {
            assertThat(value).isCloseTo(GaussianClosedForms.pearson(m1, s1, m2, s2), within(CLOSED_FORM_TOLERANCE));
        } else {
            assertThat(value).isInfinite();
        }
    }

    @ParameterizedTest(name = "TV(N(0,1), N({0},1))")
    @MethodSource("tableRows")
    void totalVariationMatchesClosedFormAndTable(double mu, double jsd, double tv) {
        double value = Divergences.TOTAL_VARIATION.between(new Normal(0, 1), new Normal(mu, 1));
        assertThat(value).isCloseTo(GaussianClosedForms.totalVariationEqualStd(0, mu, 1), within(CLOSED_FORM_TOLERANCE));
        assertThat(value).isCloseTo(tv, within(TABLE_TOLERANCE));
    }

    @ParameterizedTest(name = "TV(N(1,s²), N(-0.5,s²)), s = {0}")
    @MethodSource("widths")
    void totalVariationWithOtherWidths(double s) {
        assertThat(Divergences.TOTAL_VARIATION.between(new Normal(1, s), new Normal(-0.5, s)))
                .isCloseTo(GaussianClosedForms.totalVariationEqualStd(1, -0.5, s), within(CLOSED_FORM_TOLERANCE));
    }

    static Stream<Double> widths() {
        return Stream.of(0.05, 0.7, 4.0);
    }

    /** (μ, JSD, TV) for P = N(0,1), Q = N(μ,1) from paper-facts.md. */
    static Stream<Arguments> tableRows() {
        return Stream.of(
                Arguments.of(0.5, 0.0303113005, 0.1974126514),
                Arguments.of(1.0, 0.1114214822, 0.3829249225),
                Arguments.of(2.0, 0.3368308203, 0.6826894921),
                Arguments.of(3.0, 0.5267773065, 0.8663855975));
    }

    @ParameterizedTest(name = "JSD(N(0,1), N({0},1)) = {1}")
    @MethodSource("tableRows")
    void jensenShannonMatchesTable(double mu, double jsd, double tv) {
        assertThat(Divergences.JENSEN_SHANNON.between(new Normal(0, 1), new Normal(mu, 1)))
                .isCloseTo(jsd, within(TABLE_TOLERANCE));
    }

    @ParameterizedTest(name = "KL(N(0,1) ‖ N({0},1)) = μ²/2")
    @MethodSource("tableRows")
    void klMatchesPaperFacts(double mu, double jsd, double tv) {
        assertThat(Divergences.KL.between(new Normal(0, 1), new Normal(mu, 1))).isCloseTo(mu * mu / 2,
                within(CLOSED_FORM_TOLERANCE));
        assertThat(Divergences.SQUARED_HELLINGER.between(new Normal(0, 1), new Normal(mu, 1)))
                .isCloseTo(2 * (1 - Math.exp(-mu * mu / 8)), within(CLOSED_FORM_TOLERANCE));
        assertThat(Divergences.PEARSON.between(new Normal(0, 1), new Normal(mu, 1)))
                .isCloseTo(Math.expm1(mu * mu), within(CLOSED_FORM_TOLERANCE));
    }
}
