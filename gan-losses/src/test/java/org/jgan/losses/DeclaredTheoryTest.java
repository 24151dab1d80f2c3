package org.jgan.losses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jgan.losses.Scores.column;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.jgan.core.distribution.Normal;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.core.loss.DivergenceClaim;
import org.jgan.core.loss.ScoreOptimum;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each registered loss's two claims checked against each other without training: a discriminator that outputs
 * the declared optimal score s*(p(x), q(x)) must make the declared estimate equal the declared divergence,
 * computed by quadrature, for P = N(0, 1) and Q = N(1, 1); and any other discriminator must estimate less
 * (the estimates are lower bounds, tight at the optimum).
 *
 * <p>Monte Carlo: {@value #BATCHES} batches of {@value #BATCH} samples from each of P and Q, fixed seed. The
 * mean of the batch estimates is compared with the target within 5 standard errors of that mean (estimated
 * from the spread of the batch estimates): a correct pair of claims fails with probability below 1e-6, while a
 * wrong factor (JSD against 2·JSD: 0.11 here) or sign is tens of standard errors away. The off-optimum check is
 * paired: both discriminators score the same samples, so the spread of the batch differences, not of the
 * estimates, sets its standard error, and the drop must exceed 5 of them.
 */
@Tag("theory")
class DeclaredTheoryTest {
    private static final int BATCHES = 100;
    private static final int BATCH = 400;
    private static final Normal P = new Normal(0, 1);
    private static final Normal Q = new Normal(1, 1);
    private static final double SHIFT = 0.5;
    private static final double CAPPED = 2;

    static Stream<Arguments> losses() {
        return RegisteredLosses.everyConfiguration();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("losses")
    void theEstimateAtTheDeclaredOptimumIsTheDeclaredDivergence(String name, AdversarialLoss loss) {
        Assumptions.assumeTrue(loss.optimum().isPresent() && loss.divergence().isPresent(), loss.theoryCaveat());
        ScoreOptimum optimum = loss.optimum().orElseThrow();
        DivergenceClaim claim = loss.divergence().orElseThrow();
        double target = claim.target().between(P, Q);
        MeanAndError atOptimum = MeanAndError.of(batchEstimates(claim,
                x -> optimum.score(P.density(x), Q.density(x)), 5));
        assertThat(Math.abs(atOptimum.mean - target)).as("%s: estimate %s ± %s at s*, %s = %s", name,
                atOptimum.mean, atOptimum.error, claim.target().name(), target).isLessThanOrEqualTo(5 * atOptimum.error);
    }

    /**
     * A discriminator off the optimum estimates less, on the same samples: the claim is a lower bound, tight only
     * at s*. Off the optimum means s* + {@value #SHIFT} where s* is finite and ±{@value #CAPPED} where it is ±∞
     * (total variation's s* = ±∞ for every x ≠ 1/2 crossing), so that every loss is moved by a finite amount.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("losses")
    void theEstimateOffTheOptimumIsSmaller(String name, AdversarialLoss loss) {
        Assumptions.assumeTrue(loss.optimum().isPresent() && loss.divergence().isPresent(), loss.theoryCaveat());
        ScoreOptimum optimum = loss.optimum().orElseThrow();
        DivergenceClaim claim = loss.divergence().orElseThrow();
        DoubleUnaryOperator best = x -> optimum.score(P.density(x), Q.density(x));
        DoubleUnaryOperator off = x -> {
            double s = best.applyAsDouble(x);
            return Double.isInfinite(s) ? Math.copySign(CAPPED, s) : s + SHIFT;
        };
        double[] atBest = batchEstimates(claim, best, 7);
        double[] offBest = batchEstimates(claim, off, 7);
        double[] drops = new double[BATCHES];
        for (int b = 0; b < BATCHES; b++) {
            drops[b] = atBest[b] - offBest[b];
        }
        MeanAndError drop = MeanAndError.of(drops);
        assertThat(drop.mean).as("%s: estimate at s* minus estimate off s*: %s ± %s", name, drop.mean, drop.error)
                .isGreaterThan(5 * drop.error);
    }

    /** The claim's estimate on each of the {@value #BATCHES} batches the seed draws, the discriminator {@code score}. */
    private static double[] batchEstimates(DivergenceClaim claim, DoubleUnaryOperator score, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] estimates = new double[BATCHES];
        for (int b = 0; b < BATCHES; b++) {
            double[] real = P.sample(BATCH, random);
            double[] fake = Q.sample(BATCH, random);
            for (int i = 0; i < BATCH; i++) {
                real[i] = score.applyAsDouble(real[i]);
                fake[i] = score.applyAsDouble(fake[i]);
            }
            estimates[b] = claim.estimate(column(real), column(fake));
        }
        return estimates;
    }

    private record MeanAndError(double mean, double error) {
        static MeanAndError of(double[] values) {
            double mean = 0;
            for (double v : values) {
                mean += v / values.length;
            }
            double squares = 0;
            for (double v : values) {
                squares += (v - mean) * (v - mean);
            }
            return new MeanAndError(mean, Math.sqrt(squares / (values.length - 1) / values.length));
        }
    }
}
