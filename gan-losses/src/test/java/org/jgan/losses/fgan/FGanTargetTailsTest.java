package org.jgan.losses.fgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.jgan.core.distribution.Mixture;
import org.jgan.core.distribution.Normal;
import org.jgan.core.distribution.UnivariateDistribution;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each row's D_f by quadrature for pairs of unequal widths, where p/q under- or overflows in the tails (|log p −
 * log q| &gt; 709 at |x| ≈ 20 for N(0, 0.5²) against N(0, 4²)) while both densities still carry mass that the
 * integral sees. Built from f alone, the integrand there is −log 0 = +∞ (reverse KL), ∞·p (KL) or ∞ − ∞ (JS).
 *
 * <p>References are the Gaussian closed forms, for P = N(0, a²), Q = N(0, b²):
 * KL(P ‖ Q) = log(b/a) + a²/(2b²) − ½; squared Hellinger 2 − 2√(2ab/(a² + b²)); Pearson χ² =
 * b²/(a√(2b² − a²)) − 1 (finite when 2b² &gt; a²). The quadrature's own accuracy is about 1e-12 relative, so
 * 1e-9 leaves room for the closed forms' rounding.
 */
@Tag("theory")
class FGanTargetTailsTest {
    private static final double TOLERANCE = 1e-9;
    private static final Normal NARROW = new Normal(0, 0.5);
    private static final Normal WIDE = new Normal(0, 4);
    private static final int REFERENCE_RANGE = 60;
    private static final int CROSSING_GRID = 100;
    /** Both quadratures' errors (1e-13 and 1e-12 relative) and the rounding of sums over 120 panels, with room. */
    private static final double REFERENCE_TOLERANCE = 1e-10;

    static List<FGanDivergence> rows() {
        return FGanDivergences.ALL;
    }

    @Test
    void klAndReverseKlMatchTheGaussianClosedFormBothWays() {
        assertThat(FGanDivergences.KL.target().between(NARROW, WIDE)).isCloseTo(kl(0.5, 4), within(TOLERANCE));
        assertThat(FGanDivergences.KL.target().between(WIDE, NARROW)).isCloseTo(kl(4, 0.5), within(TOLERANCE));
        assertThat(FGanDivergences.REVERSE_KL.target().between(NARROW, WIDE)).isCloseTo(kl(4, 0.5),
                within(TOLERANCE));
        assertThat(FGanDivergences.REVERSE_KL.target().between(WIDE, NARROW)).isCloseTo(kl(0.5, 4),
                within(TOLERANCE));
    }

    @Test
    void hellingerAndPearsonMatchTheGaussianClosedForm() {
        double hellinger = 2 - 2 * Math.sqrt(2 * 0.5 * 4 / (0.25 + 16));
        assertThat(FGanDivergences.SQUARED_HELLINGER.target().between(NARROW, WIDE)).isCloseTo(hellinger,
                within(TOLERANCE));
        assertThat(FGanDivergences.SQUARED_HELLINGER.target().between(WIDE, NARROW)).isCloseTo(hellinger,
                within(TOLERANCE));
        double pearson = 16 / (0.5 * Math.sqrt(2 * 16 - 0.25)) - 1;
        assertThat(FGanDivergences.PEARSON.target().between(NARROW, WIDE)).isCloseTo(pearson,
                within(TOLERANCE * pearson));
    }

    /**
     * The symmetric divergences give the same value both ways, within [0, their bound]: 2·JSD ≤ 2 log 2, TV ≤ 1,
     * and the GAN row is the JS row minus log 4 to the quadrature's accuracy.
     */
    @Test
    void theSymmetricRowsAreSymmetricAndBounded() {
        UnivariateDistribution mixture = new Mixture(new double[] {1, 4}, List.of(new Normal(-2, 0.5),
                new Normal(2, 0.5)));
        Normal narrow = new Normal(2, 0.2);
        for (UnivariateDistribution[] pair : List.of(new UnivariateDistribution[] {NARROW, WIDE},
                new UnivariateDistribution[] {mixture, narrow}, new UnivariateDistribution[] {mixture, WIDE})) {
            double js = FGanDivergences.JENSEN_SHANNON.target().between(pair[0], pair[1]);
            assertThat(js).isBetween(0.0, 2 * Math.log(2));
            assertThat(FGanDivergences.JENSEN_SHANNON.target().between(pair[1], pair[0])).isCloseTo(js,
                    within(TOLERANCE));
            assertThat(FGanDivergences.GAN.target().between(pair[0], pair[1])).isCloseTo(js - Math.log(4),
                    within(TOLERANCE));
            double tv = FGanDivergences.TOTAL_VARIATION.target().between(pair[0], pair[1]);
            assertThat(tv).isBetween(0.0, 1.0);
            assertThat(FGanDivergences.TOTAL_VARIATION.target().between(pair[1], pair[0])).isCloseTo(tv,
                    within(TOLERANCE));
        }
    }

    /**
     * Every row for a bimodal P against a Gaussian Q far wider and far narrower than its modes, against an
     * independent reference: commons-math3's Gauss–Legendre quadrature, panel by panel, of the textbook integrand
     * written here in log space from commons-math3's normal log-densities ({@link #reference}). χ²(P ‖ Q) = ∫ p²/q
     * is truly infinite when Q is narrower than P's components (2σ_Q² &lt; σ_P²), and must be reported so.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyRowMatchesAnIndependentQuadratureForAMixtureAgainstWideAndNarrowGaussians(FGanDivergence row) {
        UnivariateDistribution mixture = new Mixture(new double[] {1, 4}, List.of(new Normal(-2, 0.5),
                new Normal(2, 0.5)));
        // commons-math3's distributions take a random generator; none is drawn from here.
        NormalDistribution left = new NormalDistribution(null, -2, 0.5);
        NormalDistribution right = new NormalDistribution(null, 2, 0.5);
        DoubleUnaryOperator logP = x -> logSumExp(Math.log(0.2) + left.logDensity(x),
                Math.log(0.8) + right.logDensity(x));
        double wide = reference(row, logP, new NormalDistribution(null, 0.5, 3)::logDensity);
        assertThat(row.target().between(mixture, new Normal(0.5, 3))).as("against N(0.5, 3²)")
                .isCloseTo(wide, within(REFERENCE_TOLERANCE * Math.max(1, Math.abs(wide))));
        double narrow = row.target().between(mixture, new Normal(2, 0.2));
        if (row == FGanDivergences.PEARSON) {
            assertThat(narrow).as("against N(2, 0.2²)").isInfinite();
        } else {
            double expected = reference(row, logP, new NormalDistribution(null, 2, 0.2)::logDensity);
            assertThat(narrow).as("against N(2, 0.2²)")
                    .isCloseTo(expected, within(REFERENCE_TOLERANCE * Math.max(1, Math.abs(expected))));
        }
    }

    /**
     * ∫ q f(p/q) over [−{@value #REFERENCE_RANGE}, {@value #REFERENCE_RANGE}] in unit panels, each split where p
     * and q cross (TV's integrand has a kink there; Brent's method finds every sign change of log p − log q
     * seen on a 1/{@value #CROSSING_GRID} grid), then 64-point Gauss–Legendre on every piece, refined until it
     * agrees to 1e-13 relative. Beyond ±60 every integrand here is below e^{−190}.
     */
    private static double reference(FGanDivergence row, DoubleUnaryOperator logP, DoubleUnaryOperator logQ) {
        DoubleBinaryOperator integrand = INTEGRANDS.get(row.name());
        assertThat(integrand).as("a reference integrand for row %s", row.name()).isNotNull();
        UnivariateFunction f = x -> integrand.applyAsDouble(logP.applyAsDouble(x), logQ.applyAsDouble(x));
        UnivariateFunction gap = x -> logP.applyAsDouble(x) - logQ.applyAsDouble(x);
        double sum = 0;
        for (int panel = -REFERENCE_RANGE; panel < REFERENCE_RANGE; panel++) {
            double from = panel;
            for (int i = 1; i <= CROSSING_GRID; i++) {
                double a = panel + (i - 1.0) / CROSSING_GRID;
                double b = panel + (double) i / CROSSING_GRID;
                if (Math.signum(gap.value(a)) * Math.signum(gap.value(b)) < 0) {
                    double crossing = new BrentSolver(1e-15).solve(100, gap, a, b);
                    sum += legendre(f, from, crossing);
                    from = crossing;
                }
            }
            sum += legendre(f, from, panel + 1);
        }
        return sum;
    }

    private static double legendre(UnivariateFunction f, double from, double to) {
        return to <= from ? 0 : new IterativeLegendreGaussIntegrator(64, 1e-13, 1e-15).integrate(Integer.MAX_VALUE,
                f, from, to);
    }

    /** The textbook integrands q·f(p/q) of every row, from log p and log q, finite wherever the value is. */
    private static final Map<String, DoubleBinaryOperator> INTEGRANDS = Map.of(
            "kl", (lp, lq) -> Math.exp(lp) * (lp - lq),
            "reverse-kl", (lp, lq) -> Math.exp(lq) * (lq - lp),
            "js", (lp, lq) -> {
                double lm = logSumExp(lp, lq) - Math.log(2);
                return Math.exp(lp) * (lp - lm) + Math.exp(lq) * (lq - lm);
            },
            "gan", (lp, lq) -> {
                double ls = logSumExp(lp, lq);
                return Math.exp(lp) * (lp - ls) + Math.exp(lq) * (lq - ls);
            },
            "pearson", (lp, lq) -> Math.exp(2 * lp - lq) - 2 * Math.exp(lp) + Math.exp(lq),
            "squared-hellinger", (lp, lq) -> Math.pow(Math.exp(lp / 2) - Math.exp(lq / 2), 2),
            "total-variation", (lp, lq) -> 0.5 * Math.abs(Math.exp(lp) - Math.exp(lq)));

    private static double logSumExp(double a, double b) {
        double max = Math.max(a, b);
        return max == Double.NEGATIVE_INFINITY ? max : max + Math.log(Math.exp(a - max) + Math.exp(b - max));
    }

    private static double kl(double a, double b) {
        return Math.log(b / a) + a * a / (2 * b * b) - 0.5;
    }
}
