package org.jgan.experiments.fgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.jgan.experiments.ScoreColumns.column;

import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.jgan.core.distribution.Normal;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.core.loss.ScoreGradients;
import org.jgan.experiments.cli.Main;
import org.jgan.experiments.run.RunDirectory;
import org.jgan.losses.LossesModule;
import org.jgan.losses.fgan.FGanDivergence;
import org.jgan.losses.fgan.FGanLoss;
import org.jgan.losses.fgan.GeneratorObjective;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The worked example of docs/divergences.md checked as the registry's rows are (gan-losses' FGanDivergencesTest
 * and RegisteredLossesContractTest run over LossesModule only, so their checks are restated here for one row):
 * the definition of f and its conjugate, the stable composition, the analytic gradients of the loss built from
 * it, its target by quadrature, and its registration through a user module.
 */
class NeymanChiSquaredTest {
    private static final FGanDivergence NEYMAN = new NeymanChiSquared();
    /** Central-difference step: truncation h²/6·|φ‴/φ′| ≲ 1e-9 here, rounding ε·|value|/h ≲ 1e-11. */
    private static final double H = 1e-5;

    @Test
    void fVanishesWithItsSlopeAtOneAndFPrimeIsItsDerivative() {
        assertThat(NEYMAN.f(1)).isZero();
        assertThat(NEYMAN.fPrime(1)).isZero();
        for (double u : new double[] {0.1, 0.5, 0.9, 1.1, 2, 5, 20}) {
            double difference = (NEYMAN.f(u + H) - NEYMAN.f(u - H)) / (2 * H);
            assertThat(NEYMAN.fPrime(u)).as("f'(%s)", u)
                    .isCloseTo(difference, within(1e-7 * (1 + Math.abs(difference))));
        }
    }

    /**
     * Fenchel–Young: f(u) + f*(t) ≥ u·t over the activation's range, with equality at t = f′(u) (so f* is the
     * conjugate, not just some upper bound); each term is good to a few ulps, so 1e-12 of their magnitudes.
     */
    @Test
    void fenchelYoungHoldsWithEqualityAtTheSlope() {
        for (double u : new double[] {0.01, 0.1, 0.5, 1, 2, 5, 20}) {
            for (double v = -5; v <= 5; v += 0.25) {
                double t = NEYMAN.activation(v);
                double scale = Math.abs(NEYMAN.f(u)) + Math.abs(NEYMAN.conjugate(t)) + Math.abs(u * t);
                assertThat(NEYMAN.f(u) + NEYMAN.conjugate(t) - u * t).as("u=%s, t=%s", u, t)
                        .isGreaterThanOrEqualTo(-1e-12 * (1 + scale));
            }
            double slope = NEYMAN.fPrime(u);
            double scale = Math.abs(NEYMAN.f(u)) + Math.abs(NEYMAN.conjugate(slope)) + Math.abs(u * slope);
            assertThat(NEYMAN.f(u) + NEYMAN.conjugate(slope) - u * slope).as("equality at t = f'(%s)", u)
                    .isCloseTo(0, within(1e-12 * (1 + scale)));
        }
    }

    /**
     * g_f maps into dom f* and the closed f*(g_f(v)) equals the composition to the composition's own error,
     * a few ulps amplified by f*'s condition number, at most about e^{|v|}.
     */
    @Test
    void theActivationStaysInTheDomainAndTheStableCompositionAgrees() {
        for (double v = -30; v <= 30; v += 0.25) {
            double t = NEYMAN.activation(v);
            assertThat(NEYMAN.conjugateDomain().contains(t)).as("g(%s) = %s", v, t).isTrue();
            double stable = NEYMAN.conjugateOfActivation(v);
            assertThat(stable).as("f*(g(%s))", v).isCloseTo(NEYMAN.conjugate(t),
                    within(8 * Math.ulp(1.0) * (1 + Math.exp(Math.abs(v))) * Math.max(1, Math.abs(stable))));
        }
        for (double v = -8; v <= 8; v += 0.5) {
            double activation = (NEYMAN.activation(v + H) - NEYMAN.activation(v - H)) / (2 * H);
            assertThat(NEYMAN.activationDerivative(v)).isCloseTo(activation, within(1e-7 * (1 + Math.abs(activation))));
            double conjugate = (NEYMAN.conjugateOfActivation(v + H) - NEYMAN.conjugateOfActivation(v - H)) / (2 * H);
            assertThat(NEYMAN.conjugateOfActivationDerivative(v))
                    .isCloseTo(conjugate, within(1e-7 * (1 + Math.abs(conjugate))));
        }
    }

    @Test
    void theDeclaredOptimumGivesTheOptimalVariationalFunction() {
        for (double p : new double[] {0.05, 0.4, 1, 2.5}) {
            for (double q : new double[] {0.05, 0.4, 1, 2.5}) {
                double v = NEYMAN.optimum().score(p, q);
                assertThat(v).isCloseTo(2 * Math.log(p / q), within(1e-12));
                assertThat(NEYMAN.activation(v)).isCloseTo(1 - (q / p) * (q / p), within(1e-12 * (q / p) * (q / p)));
            }
        }
    }

    /** The loss's score gradients against central differences, for both generator objectives. */
    @Test
    void theLossGradientsMatchCentralDifferences() {
        double[] real = {-2.5, -0.3, 0.4, 1.7, 3};
        double[] fake = {-1.2, 0.1, 2.2};
        for (GeneratorObjective objective : GeneratorObjective.values()) {
            AdversarialLoss loss = new FGanLoss(NEYMAN, objective);
            ScoreGradients d = loss.discriminator(column(real), column(fake));
            assertMatches(r -> loss.discriminator(column(r), column(fake)).value(), real, d.realGradient());
            assertMatches(f -> loss.discriminator(column(real), column(f)).value(), fake, d.fakeGradient());
            assertMatches(f -> loss.generator(column(f)).value(), fake, loss.generator(column(fake)).gradient());
        }
    }

    /**
     * D_f by quadrature against closed forms: for N(0,1) against N(μ,1), ∫ (p − q)²/p = e^{μ²} − 1; for P = N(0, a²)
     * against Q = N(0, b²), ∫ q²/p − 1 = a²/(b√(2a² − b²)) − 1, here 25/7 − 1 (a = 5, b = 1). The quadrature is
     * good to about 1e-12 relative; 1e-9 leaves room for the integrand's rounding.
     */
    @Test
    @Tag("theory")
    void theTargetIsTheClosedForm() {
        for (double mu : new double[] {0.5, 1, 2}) {
            assertThat(NEYMAN.target().between(new Normal(0, 1), new Normal(mu, 1)))
                    .isCloseTo(Math.expm1(mu * mu), within(1e-9 * Math.exp(mu * mu)));
        }
        assertThat(NEYMAN.target().between(new Normal(0, 5), new Normal(0, 1))).isCloseTo(25.0 / 7 - 1,
                within(1e-9));
    }

    @Test
    void aUserModuleRegistersTheLossBesideTheProjectsOwn() {
        Map<String, AdversarialLoss> losses = Guice.createInjector(new LossesModule(), new NeymanModule())
                .getInstance(Key.get(new TypeLiteral<Map<String, AdversarialLoss>>() { }));
        assertThat(losses).containsKeys("kl", NeymanChiSquared.NAME);
        assertThat(losses.get(NeymanChiSquared.NAME).toString()).contains(NeymanChiSquared.NAME);
        assertThat(losses.get(NeymanChiSquared.NAME).divergence().orElseThrow().target().name())
                .isEqualTo("Neyman χ²");
    }

    /**
     * The user's divergence through {@code divergence-estimate} with no change to the project: on N(0, 1) against
     * N(½, 1) its optimal score v* = 2 log(p/q) = ¼ − x is affine, so the trained critic can reach it, and the
     * held-out bound must be e^{¼} − 1 within 4 of its reported standard errors. One pair of samples at the optimum
     * contributes variance Var_P((q/p)²) + 4 Var_Q(q/p) = (e^{3/2} − e^{1/2}) + 4(e^{3/4} − e^{1/2}) ≈ 4.7, so
     * 400,000 pairs give a standard error of about 0.0034.
     */
    @Test
    @Tag("theory")
    void divergenceEstimateEstimatesTheUsersDivergence(@TempDir Path dir) {
        Path out = dir.resolve("run");
        int status = Main.run(DivergenceEstimateExperimentTest.shortRun(out, "modules=" + NeymanModule.class.getName(),
                "loss=" + NeymanChiSquared.NAME, "model=normal(0.5,1)"), System.out, System.err);
        assertThat(status).isZero();
        Map<String, Object> summary = new RunDirectory(out).readJson(RunDirectory.SUMMARY);
        double error = DivergenceEstimateExperimentTest.number(summary, "standard_error");
        assertThat(summary.get("divergence")).isEqualTo("Neyman χ²");
        assertThat(error).isBetween(0.5 * 0.0034, 2 * 0.0034);
        assertThat(DivergenceEstimateExperimentTest.number(summary, "estimate")).isCloseTo(Math.expm1(0.25),
                within(4 * error));
    }

    private static void assertMatches(ToDoubleFunction<double[]> loss, double[] scores, INDArray analytic) {
        double[] gradient = analytic.toDoubleVector();
        for (int i = 0; i < scores.length; i++) {
            double[] plus = scores.clone();
            double[] minus = scores.clone();
            plus[i] += H;
            minus[i] -= H;
            double difference = (loss.applyAsDouble(plus) - loss.applyAsDouble(minus)) / (2 * H);
            assertThat(gradient[i]).as("element %s", i)
                    .isCloseTo(difference, within(1e-7 * (1 + Math.abs(difference))));
        }
    }
}
