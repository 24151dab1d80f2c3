package org.jgan.experiments.fgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.jgan.core.distribution.Normal;
import org.jgan.core.loss.DivergenceClaim;
import org.jgan.core.network.Network;
import org.jgan.core.network.Pass;
import org.jgan.core.random.RandomStreams;
import org.jgan.core.random.RandomStreams.Stream;
import org.jgan.losses.fgan.FGanDivergences;
import org.jgan.losses.fgan.FGanLoss;
import org.jgan.losses.fgan.GeneratorObjective;
import org.jgan.models.init.ColumnValuesInit;
import org.jgan.models.network.Mlp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The held-out estimate at a critic whose bound is known in closed form. For P = N(0, 1), Q = N(1, 1) the optimal
 * KL critic is affine, T*(x) = 1 + log(p/q) = 3/2 − x, so a dense 1 → 1 layer with weight −1 and bias 3/2 is it:
 * the bound E_P[T] − E_Q[e^{T−1}] equals KL = ½, and one pair of samples contributes variance
 * Var_P(T) + Var_Q(e^{T−1}) = 1 + (e − 1) = e (e^{T−1} = e^{−½−z} with z ~ N(0, 1) is log-normal).
 */
class HeldOutEstimateTest {
    private static final Normal P = new Normal(0, 1);
    private static final Normal Q = new Normal(1, 1);
    private static final DivergenceClaim KL =
            new FGanLoss(FGanDivergences.KL, GeneratorObjective.SADDLE).divergence().orElseThrow();

    private static Network optimalKlCritic() {
        Network critic = Mlp.builder(1).dense(1, new ColumnValuesInit(new double[] {-1}),
                new ColumnValuesInit(new double[] {1.5})).build(DataType.DOUBLE);
        critic.initialise(0);
        return critic;
    }

    /**
     * 100 batches of 2,000: the estimate is within 4 of its analytic standard errors √(e/200,000) = 0.0037 of ½
     * (fails by chance with probability 6e-5), and the batch-means standard error is within 25 % of the analytic
     * one (the standard deviation of 100 nearly normal batch estimates is good to 1/√198 ≈ 7 %: 3.5 of those).
     */
    @Test
    @Tag("theory")
    void theBoundAtTheOptimalCriticIsTheDivergenceWithTheAnalyticStandardError() {
        HeldOutEstimate heldOut = new HeldOutEstimate(P, Q, new RandomStreams(7), 100, 2000, DataType.DOUBLE);
        HeldOutEstimate.Estimate estimate = heldOut.of(optimalKlCritic(), KL);
        double analytic = Math.sqrt(Math.E / heldOut.samples());
        assertThat(estimate.samplesPerSide()).isEqualTo(200_000);
        assertThat(estimate.value()).isCloseTo(0.5, within(4 * analytic));
        assertThat(estimate.standardError()).isCloseTo(analytic, within(0.25 * analytic));
    }

    /**
     * The mean of equal batches' estimates is the estimate on all their samples at once, because the claim is
     * affine in batch means: equal to rounding (a few ulps of terms of order 10, summed over 6,000 samples).
     */
    @Test
    void theMeanOfBatchEstimatesIsTheEstimateOnAllSamples() {
        RandomStreams random = new RandomStreams(11);
        int batches = 3;
        int size = 1000;
        HeldOutEstimate heldOut = new HeldOutEstimate(P, Q, random, batches, size, DataType.DOUBLE);
        Network critic = optimalKlCritic();
        double[] real = new double[batches * size];
        double[] fake = new double[batches * size];
        for (int i = 0; i < batches; i++) {
            System.arraycopy(P.sample(size, random.random(Stream.EVAL, 2L * i)), 0, real, i * size, size);
            System.arraycopy(Q.sample(size, random.random(Stream.EVAL, 2L * i + 1)), 0, fake, i * size, size);
        }
        double pooled = KL.estimate(scores(critic, real), scores(critic, fake));
        assertThat(heldOut.of(critic, KL).value()).isCloseTo(pooled, within(1e-12));
    }

    @Test
    void theFirstBatchesAloneAreTheFullEstimatesPrefix() {
        HeldOutEstimate heldOut = new HeldOutEstimate(P, Q, new RandomStreams(3), 4, 500, DataType.DOUBLE);
        Network critic = optimalKlCritic();
        double first = heldOut.batchEstimate(critic, KL, 0);
        double second = heldOut.batchEstimate(critic, KL, 1);
        HeldOutEstimate.Estimate two = heldOut.of(critic, KL, 2);
        assertThat(two.value()).isCloseTo((first + second) / 2, within(1e-15));
        assertThat(two.standardError()).isCloseTo(Math.abs(first - second) / 2, within(1e-15));
        assertThat(two.samplesPerSide()).isEqualTo(1000);
    }

    private static INDArray scores(Network critic, double[] x) {
        return critic.forward(Nd4j.create(x, new long[] {x.length, 1}, DataType.DOUBLE), Pass.INFERENCE).dup();
    }
}
