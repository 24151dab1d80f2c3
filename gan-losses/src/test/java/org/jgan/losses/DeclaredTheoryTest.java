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
 * wrong factor (JSD against 2·JSD: 0.11 here) or sign is tens of standard errors away.
 */
@Tag("theory")
class DeclaredTheoryTest {
    private static final int BATCHES = 100;
    private static final int BATCH = 400;
    private static final Normal P = new Normal(0, 1);
    private static final Normal Q = new Normal(1, 1);

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
        MeanAndError atOptimum = estimate(claim, x -> optimum.score(P.density(x), Q.density(x)), 5);
        assertThat(Math.abs(atOptimum.mean - target)).as("%s: estimate %s ± %s at s*, %s = %s", name,
                atOptimum.mean, atOptimum.error, claim.target().name(), target).isLessThanOrEqualTo(5 * atOptimum.error);
    }

    /** A discriminator off the optimum (s* shifted by ½ where finite) estimates less: the claim is a lower bound. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("losses")
    void theEstimateOffTheOptimumIsSmaller(String name, AdversarialLoss loss) {
        Assumptions.assumeTrue(loss.optimum().isPresent() && loss.divergence().isPresent(), loss.theoryCaveat());
        ScoreOptimum optimum = loss.optimum().orElseThrow();
        DivergenceClaim claim = loss.divergence().orElseThrow();
        double target = claim.target().between(P, Q);
        MeanAndError off = estimate(claim, x -> optimum.score(P.density(x), Q.density(x)) + 0.5, 7);
        assertThat(off.mean).as("%s: estimate %s ± %s off s*, %s = %s", name, off.mean, off.error,
                claim.target().name(), target).isLessThan(target + 5 * off.error);
    }

    private static MeanAndError estimate(DivergenceClaim claim, DoubleUnaryOperator score, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double sum = 0;
        double sumOfSquares = 0;
        for (int b = 0; b < BATCHES; b++) {
            double[] real = P.sample(BATCH, random);
            double[] fake = Q.sample(BATCH, random);
            for (int i = 0; i < BATCH; i++) {
                real[i] = score.applyAsDouble(real[i]);
                fake[i] = score.applyAsDouble(fake[i]);
            }
            double e = claim.estimate(column(real), column(fake));
            sum += e;
            sumOfSquares += e * e;
        }
        double mean = sum / BATCHES;
        double variance = (sumOfSquares - BATCHES * mean * mean) / (BATCHES - 1);
        return new MeanAndError(mean, Math.sqrt(variance / BATCHES));
    }

    private record MeanAndError(double mean, double error) {
    }
}
