package org.jgan.core.divergence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.jgan.core.distribution.DistributionSpec;
import org.jgan.core.distribution.Mixture;
import org.jgan.core.distribution.Normal;
import org.jgan.core.distribution.Uniform;
import org.jgan.core.distribution.UnivariateDistribution;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed notes' facts about KL and JS, checked numerically: KL &gt;= 0 with equality iff P = Q, KL is not
 * symmetric and breaks the triangle inequality; JSD is symmetric, at most log 2, reaches log 2 on disjoint
 * supports, and equals ½ KL(P ‖ M) + ½ KL(Q ‖ M).
 *
 * <p>The quadrature stops when its error estimate is below max(1e-12, 1e-12·|value|) ({@link AdaptiveQuadrature};
 * {@link QuadratureVsClosedFormTest} checks it against closed forms), about 1e-11 for the divergences here (all
 * below 10), so "= 0" is checked to {@value #ZERO}, two orders above that, and "&gt; 0" means above it; the gaps
 * asserted are all far larger.
 */
@Tag("theory")
class KlAndJsFactsTest {
    private static final double ZERO = 1e-9;

    /** Distributions of every 1-D kind, each with full support on R except the uniforms. */
    private static final List<UnivariateDistribution> FULL_SUPPORT = Stream.of("normal(0,1)", "normal(0.3,1)",
                    "normal(0,2)", "laplace(0,1)", "laplace(0.5,0.7)", "mixture(1:normal(-2,0.5),3:normal(2,1))",
                    "mixture(1:laplace(0,1),1:normal(0,1))")
            .map(s -> DistributionSpec.parseUnivariate("test", s)).toList();

    static Stream<Arguments> distinctPairs() {
        return FULL_SUPPORT.stream().flatMap(p -> FULL_SUPPORT.stream().filter(q -> !q.equals(p))
                .map(q -> Arguments.of(p, q)));
    }

    static Stream<UnivariateDistribution> distributions() {
        return Stream.concat(FULL_SUPPORT.stream(), Stream.of(new Uniform(0, 1), new Uniform(-3, 2)));
    }

    @ParameterizedTest(name = "KL({0} ‖ {1}) > 0")
    @MethodSource("distinctPairs")
    void klIsPositiveForDistinctDistributions(UnivariateDistribution p, UnivariateDistribution q) {
        assertThat(Divergences.KL.between(p, q)).isGreaterThan(ZERO);
    }

    @ParameterizedTest(name = "KL({0} ‖ {0}) = 0")
    @MethodSource("distributions")
    void klIsZeroForEqualDistributions(UnivariateDistribution p) {
        assertThat(Divergences.KL.between(p, p)).isCloseTo(0, within(ZERO));
    }

    @Test
    void klIsInfiniteWhereTheSecondDensityVanishes() {
        assertThat(Divergences.KL.between(new Normal(0, 1), new Uniform(-1, 1))).isInfinite();
        assertThat(Divergences.KL.between(new Uniform(-1, 1), new Normal(0, 1)))
                .isCloseTo(0.5 * Math.log(2 * Math.PI) + 1.0 / 6 - Math.log(2), within(ZERO));
    }

    @Test
    void klIsNotSymmetric() {
        Normal p = new Normal(0, 1);
        Normal q = new Normal(0, 2);
        // log 2 + 1/8 − 1/2 = 0.318... against −log 2 + 2 − 1/2 = 0.806...
        assertThat(Divergences.KL.between(p, q)).isCloseTo(Math.log(2) - 0.375, within(ZERO));
        assertThat(Divergences.KL.between(q, p)).isCloseTo(1.5 - Math.log(2), within(ZERO));
    }

    @Test
    void klBreaksTheTriangleInequality() {
        Normal p = new Normal(0, 1);
        Normal q = new Normal(1, 1);
        Normal r = new Normal(2, 1);
        // KL between unit normals is half the squared distance of the means: 2 > 1/2 + 1/2.
        double direct = Divergences.KL.between(p, r);
        double detour = Divergences.KL.between(p, q) + Divergences.KL.between(q, r);
        assertThat(direct).isCloseTo(2, within(ZERO));
        assertThat(detour).isCloseTo(1, within(2 * ZERO));
        assertThat(direct).isGreaterThan(detour);
    }

    @ParameterizedTest(name = "JSD({0}, {1}) symmetric, in (0, log 2)")
    @MethodSource("distinctPairs")
    void jsdIsSymmetricAndBounded(UnivariateDistribution p, UnivariateDistribution q) {
        double pq = Divergences.JENSEN_SHANNON.between(p, q);
        assertThat(pq).isCloseTo(Divergences.JENSEN_SHANNON.between(q, p), within(ZERO));
        assertThat(pq).isGreaterThan(ZERO).isLessThan(Math.log(2));
    }

    @ParameterizedTest(name = "JSD({0}, {1}) = ½ KL(P ‖ M) + ½ KL(Q ‖ M)")
    @MethodSource("distinctPairs")
    void jsdIsTheMeanKlToTheMidpoint(UnivariateDistribution p, UnivariateDistribution q) {
        Mixture m = new Mixture(new double[] {1, 1}, List.of(p, q));
        assertThat(Divergences.JENSEN_SHANNON.between(p, q))
                .isCloseTo(0.5 * Divergences.KL.between(p, m) + 0.5 * Divergences.KL.between(q, m), within(2 * ZERO));
    }

    @Test
    void jsdOfDisjointSupportsIsLogTwo() {
        assertThat(Divergences.JENSEN_SHANNON.between(new Uniform(0, 1), new Uniform(5, 6)))
                .isCloseTo(Math.log(2), within(ZERO));
        assertThat(Divergences.JENSEN_SHANNON.between(new Uniform(0, 1), new Uniform(1, 2)))
                .isCloseTo(Math.log(2), within(ZERO));
    }

    @Test
    void jsdOfNearlyDisjointNormalsApproachesLogTwo() {
        // The overlap of N(0,1) and N(40,1) is far below double precision: JSD = log 2 to rounding.
        assertThat(Divergences.JENSEN_SHANNON.between(new Normal(0, 1), new Normal(40, 1)))
                .isCloseTo(Math.log(2), within(ZERO));
    }

    @Test
    void divergencesAreInvariantUnderAffineMaps() {
        // N(0, 0.01²) and N(0.01, 0.01²) are N(0,1) and N(1,1) rescaled: the table's μ = 1 values hold.
        Normal p = new Normal(0, 0.01);
        Normal q = new Normal(0.01, 0.01);
        assertThat(Divergences.JENSEN_SHANNON.between(p, q)).isCloseTo(0.1114214822, within(ZERO));
        assertThat(Divergences.KL.between(p, q)).isCloseTo(0.5, within(ZERO));
    }
}
