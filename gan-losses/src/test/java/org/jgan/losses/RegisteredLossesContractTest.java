package org.jgan.losses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.jgan.losses.Scores.column;
import static org.jgan.losses.Scores.values;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.core.loss.ScoreGradient;
import org.jgan.core.loss.ScoreGradients;
import org.jgan.core.loss.ScoreOptimum;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The contract every registered loss must meet, run over the whole Guice registry (and again for each loss a
 * {@code SADDLE} f-GAN generator changes): a loss a module registers is checked with no new test.
 *
 * <p>The optimum check assumes what the contract states, that a loss's value is a batch mean, so that with
 * one real score r and one fake score t, L_D([r], [t]) = φ_real(r) + φ_fake(t) and the pointwise objective
 * p·φ_real(s) + q·φ_fake(s) is p·L_D([s], [0]) + q·L_D([0], [s]) up to a constant.
 */
class RegisteredLossesContractTest {
    private static final double EPS = Math.ulp(1.0);
    /** Central-difference step: truncation h²/6·|φ‴/φ′| ≲ 1e-8 relative for every term here, rounding ε·|L|/h. */
    private static final double H = 1e-4;
    /**
     * Relative tolerance of a central difference: 100 times the truncation error bound above (the terms'
     * |φ‴/φ′| stay below 4: exponentials 1, softplus and tanh at most 4, quadratics and linear terms 0).
     */
    private static final double FD_RELATIVE = 1e-6;
    /** Rounding of a mean of a few terms, each a few operations: a few ulps of the value, doubled for margin. */
    private static final double ROUNDING_ULPS = 16;

    static Stream<Arguments> losses() {
        return RegisteredLosses.everyConfiguration();
    }

    /** (real, fake) batches of unequal sizes (a wrong 1/n shows): random N(0, 3²) and saturated ±30 scores. */
    private static List<double[][]> scoreBatches() {
        SplittableRandom random = new SplittableRandom(17);
        double[] real = gaussians(random, 7, 3);
        double[] fake = gaussians(random, 5, 3);
        double[] alternatingReal = {30, -30, 30, -30, 30, -30, 30};
        double[] alternatingFake = {-30, 30, -30, 30, -30};
        double[] confidentReal = {30, 30, 30};
        double[] confidentFake = {-30, -30};
        return List.of(new double[][] {real, fake}, new double[][] {alternatingReal, alternatingFake},
                new double[][] {confidentReal, confidentFake}, new double[][] {confidentFake, confidentReal});
    }

    private static double[] gaussians(SplittableRandom random, int n, double std) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = std * random.nextGaussian();
        }
        return out;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("losses")
    void discriminatorGradientsMatchCentralDifferences(String name, AdversarialLoss loss) {
        for (double[][] batch : scoreBatches()) {
            double[] real = batch[0];
            double[] fake = batch[1];
            ScoreGradients analytic = loss.discriminator(column(real), column(fake));
            assertMatchesCentralDifferences(name + " dL_D/ds_real at " + Arrays.toString(real),
                    r -> loss.discriminator(column(r), column(fake)).value(), real, values(analytic.realGradient()));
            assertMatchesCentralDifferences(name + " dL_D/ds_fake at " + Arrays.toString(fake),
                    f -> loss.discriminator(column(real), column(f)).value(), fake, values(analytic.fakeGradient()));
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("losses")
    void generatorGradientMatchesCentralDifferences(String name, AdversarialLoss loss) {
        for (double[][] batch : scoreBatches()) {
            for (double[] fake : batch) {
                ScoreGradient analytic = loss.generator(column(fake));
                assertMatchesCentralDifferences(name + " dL_G/ds_fake at " + Arrays.toString(fake),
                        f -> loss.generator(column(f)).value(), fake, values(analytic.gradient()));
            }
        }
    }

    private static void assertMatchesCentralDifferences(String what, ToDoubleFunction<double[]> loss,
                                                        double[] scores, double[] analytic) {
        assertThat(analytic).as(what + ": gradient length").hasSameSizeAs(scores);
        double largest = Arrays.stream(analytic).map(Math::abs).max().orElseThrow();
        for (int i = 0; i < scores.length; i++) {
            double[] plus = scores.clone();
            double[] minus = scores.clone();
            plus[i] += H;
            minus[i] -= H;
            double lossPlus = loss.applyAsDouble(plus);
            double lossMinus = loss.applyAsDouble(minus);
            double difference = (lossPlus - lossMinus) / (2 * H);
            double tolerance = FD_RELATIVE * Math.max(Math.abs(analytic[i]), largest)
                    + ROUNDING_ULPS * EPS * Math.max(Math.abs(lossPlus), Math.abs(lossMinus)) / H;
            assertThat(analytic[i]).as(what + ", element " + i).isCloseTo(difference, within(tolerance));
        }
    }

    /**
     * Scores of ±1000 give no NaN, and a finite value wherever the loss's true value is representable. A value
     * may be infinite only when the loss itself grows exponentially (KL's e^{v−1}, reverse KL's e^{−v}): then the
     * same scores scaled to ±700 already give a value beyond 1e300 of the same sign (e^{700} ≈ 1e304). An
     * overflowing intermediate, such as log(1 + e^s), fails that: its value at 700 is only 700.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("losses")
    void hugeScoresGiveNoNaNAndOverflowOnlyWhereTheLossDoes(String name, AdversarialLoss loss) {
        double[][] patterns = {{1e3, 1e3, 1e3}, {-1e3, -1e3, -1e3}, {1e3, -1e3, 1e3, -1e3}};
        for (double[] real : patterns) {
            for (double[] fake : patterns) {
                ScoreGradients d = loss.discriminator(column(real), column(fake));
                assertSane(name + " L_D at real " + Arrays.toString(real) + ", fake " + Arrays.toString(fake),
                        d.value(), loss.discriminator(column(scaled(real)), column(scaled(fake))).value(),
                        d.realGradient(), d.fakeGradient());
            }
            ScoreGradient g = loss.generator(column(real));
            assertSane(name + " L_G at " + Arrays.toString(real), g.value(),
                    loss.generator(column(scaled(real))).value(), g.gradient());
        }
    }

    private static double[] scaled(double[] scores) {
        return Arrays.stream(scores).map(s -> 0.7 * s).toArray();
    }

    private static void assertSane(String what, double value, double valueAt700, INDArray... gradients) {
        assertThat(value).as(what + ": value").isNotNaN();
        for (INDArray gradient : gradients) {
            for (double g : values(gradient)) {
                assertThat(g).as(what + ": gradient").isNotNaN();
                if (Double.isFinite(value)) {
                    assertThat(g).as(what + ": gradient of a finite value").isFinite();
                }
            }
        }
        if (!Double.isFinite(value)) {
            assertThat(Math.abs(valueAt700)).as(what + ": overflows, so at ±700 the value must be astronomical")
                    .isGreaterThan(1e300);
            assertThat(Math.signum(valueAt700)).as(what + ": sign of the overflow").isEqualTo(Math.signum(value));
        }
    }

    /**
     * A small step of the fake scores along −dL_G/ds lowers L_G: the generator's fitness rises. The decrease is
     * η‖g‖ to first order; the second-order term is η·|φ″/φ′| ≲ η·4 relative for scores of order 1, so 10%.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("losses")
    void aStepAgainstTheGeneratorGradientRaisesItsFitness(String name, AdversarialLoss loss) {
        double[] fake = gaussians(new SplittableRandom(29), 6, 1);
        ScoreGradient before = loss.generator(column(fake));
        double[] gradient = values(before.gradient());
        double norm = Math.sqrt(Arrays.stream(gradient).map(g -> g * g).sum());
        assertThat(norm).as(name + ": the generator gets a gradient").isPositive();
        double step = 1e-3;
        double[] moved = new double[fake.length];
        for (int i = 0; i < fake.length; i++) {
            moved[i] = fake[i] - step * gradient[i] / norm;
        }
        double decrease = before.value() - loss.generator(column(moved)).value();
        assertThat(decrease).as(name + ": decrease of L_G").isPositive()
                .isCloseTo(step * norm, within(0.1 * step * norm));
    }

    /**
     * At the declared optimal score for densities (p, q) the pointwise objective p·φ_real(s) + q·φ_fake(s) is
     * no larger than at neighbours h = 1e-6, 1e-3 and 1 away, up to the rounding of the objective (a few ulps).
     * An optimum misplaced by δ shows once δ &gt; h/2, so to about 5e-7 (for a smooth objective the neighbour on
     * the far side is lower by P″·(δh − h²/2), which at h = 1e-6 is far above rounding once δ &gt; 5e-7). Where
     * the optimum is ±∞ the objective must fall strictly towards it.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("losses")
    void declaredOptimumMinimisesThePointwiseObjective(String name, AdversarialLoss loss) {
        Assumptions.assumeTrue(loss.optimum().isPresent(), loss.theoryCaveat());
        ScoreOptimum optimum = loss.optimum().orElseThrow();
        double[] densities = {0.05, 0.4, 1, 2.5};
        for (double p : densities) {
            for (double q : densities) {
                DoubleUnaryOperator objective = s -> p * loss.discriminator(column(s), column(0)).value()
                        + q * loss.discriminator(column(0), column(s)).value();
                double best = optimum.score(p, q);
                String at = name + " at p=" + p + ", q=" + q + ", s*=" + best;
                assertThat(best).as(at).isNotNaN();
                if (Double.isFinite(best)) {
                    double value = objective.applyAsDouble(best);
                    double tolerance = ROUNDING_ULPS * EPS * (1 + Math.abs(value));
                    for (double h : new double[] {1e-6, 1e-3, 1}) {
                        assertThat(objective.applyAsDouble(best + h)).as(at + ", step +" + h)
                                .isGreaterThanOrEqualTo(value - tolerance);
                        assertThat(objective.applyAsDouble(best - h)).as(at + ", step -" + h)
                                .isGreaterThanOrEqualTo(value - tolerance);
                    }
                } else {
                    double direction = Math.signum(best);
                    double previous = objective.applyAsDouble(0);
                    for (double s : new double[] {1, 2, 4, 8}) {
                        double value = objective.applyAsDouble(direction * s);
                        assertThat(value).as(at + ", falling towards s*, at " + direction * s).isLessThan(previous);
                        previous = value;
                    }
                }
            }
        }
    }

    /**
     * FLOAT scores give FLOAT gradients of the same shape, agreeing with the DOUBLE computation on the same
     * (float-rounded) scores to float precision: 2^-24 per operation over a few dozen, so 1e-5.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("losses")
    void floatScoresGiveFloatGradientsAtFloatPrecision(String name, AdversarialLoss loss) {
        SplittableRandom random = new SplittableRandom(41);
        double[] real = Arrays.stream(gaussians(random, 5, 2)).map(s -> (float) s).toArray();
        double[] fake = Arrays.stream(gaussians(random, 4, 2)).map(s -> (float) s).toArray();
        ScoreGradients single = loss.discriminator(column(DataType.FLOAT, real), column(DataType.FLOAT, fake));
        ScoreGradients reference = loss.discriminator(column(real), column(fake));
        assertThat(single.value()).as(name + ": L_D").isCloseTo(reference.value(),
                within(1e-5 * (1 + Math.abs(reference.value()))));
        assertSameTypeAndClose(name + ": dL_D/ds_real", single.realGradient(), reference.realGradient(), DataType.FLOAT);
        assertSameTypeAndClose(name + ": dL_D/ds_fake", single.fakeGradient(), reference.fakeGradient(), DataType.FLOAT);
        assertThat(reference.realGradient().dataType()).as(name + ": DOUBLE in, DOUBLE out").isEqualTo(DataType.DOUBLE);
        ScoreGradient generatorSingle = loss.generator(column(DataType.FLOAT, fake));
        ScoreGradient generatorReference = loss.generator(column(fake));
        assertThat(generatorSingle.value()).as(name + ": L_G").isCloseTo(generatorReference.value(),
                within(1e-5 * (1 + Math.abs(generatorReference.value()))));
        assertSameTypeAndClose(name + ": dL_G/ds", generatorSingle.gradient(), generatorReference.gradient(),
                DataType.FLOAT);
        assertThat(generatorReference.gradient().dataType()).as(name + ": DOUBLE in, DOUBLE out")
                .isEqualTo(DataType.DOUBLE);
    }

    private static void assertSameTypeAndClose(String what, INDArray actual, INDArray reference, DataType type) {
        assertThat(actual.dataType()).as(what + ": type").isEqualTo(type);
        assertThat(actual.shape()).as(what + ": shape").isEqualTo(reference.shape());
        double[] a = values(actual);
        double[] r = values(reference);
        double largest = Arrays.stream(r).map(Math::abs).max().orElseThrow();
        for (int i = 0; i < r.length; i++) {
            assertThat(a[i]).as(what + ", element " + i).isCloseTo(r[i], within(1e-5 * largest));
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("losses")
    void aLossWithoutTheorySaysWhy(String name, AdversarialLoss loss) {
        Assumptions.assumeTrue(loss.optimum().isEmpty() || loss.divergence().isEmpty(), name + " declares its theory");
        assertThat(loss.theoryCaveat()).as(name + ": theory caveat").isNotBlank();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("losses")
    void toStringNamesTheLoss(String name, AdversarialLoss loss) {
        assertThat(loss.toString()).contains(name);
    }
}
