package org.jgan.core.train;

import java.util.ArrayList;
import java.util.List;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.core.loss.ScoreGradient;
import org.jgan.core.loss.ScoreGradients;
import org.jgan.core.network.Gradients;
import org.jgan.core.network.Network;
import org.jgan.core.network.Pass;
import org.jgan.core.random.RandomStreams;
import org.jgan.core.random.RandomStreams.Stream;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The adversarial training loop: Algorithm 1 of Goodfellow et al. 2014, or the simultaneous update of the
 * authors' code (see {@link UpdateRule}).
 *
 * <p>One {@link #iterate()} performs one generator update. Every random draw is addressed by counters in
 * {@link GanState} (data batch i, noise batch j, dropout pass l), so training from a restored state
 * continues bit for bit. Real and generated samples go through D in one stacked pass: one matrix product
 * per layer instead of two.
 */
public final class Trainer {
    private final GanState state;
    private final AdversarialLoss loss;
    private final DataSource data;
    private final NoisePrior prior;
    private final TrainerConfig config;
    private final RandomStreams random;
    private final List<TrainingListener> listeners = new ArrayList<>();

    /**
     * @param state  the networks and optimizers, at the iteration to continue from
     * @param loss   the adversarial objective
     * @param data   p_data's batches
     * @param prior  p_z
     * @param config batch size, k and update rule
     * @param random the run's random streams
     */
    public Trainer(GanState state, AdversarialLoss loss, DataSource data, NoisePrior prior, TrainerConfig config,
                   RandomStreams random) {
        this.state = state;
        this.loss = loss;
        this.data = data;
        this.prior = prior;
        this.config = config;
        this.random = random;
    }

    /** Adds a listener called after every iteration. */
    public Trainer listen(TrainingListener listener) {
        listeners.add(listener);
        return this;
    }

    /** The state being trained. */
    public GanState state() {
        return state;
    }

    /** Runs iterations until {@code state().iteration() == lastIteration}. */
    public void trainUntil(long lastIteration) {
        while (state.iteration() < lastIteration) {
            iterate();
        }
    }

    /**
     * One generator update (preceded by k discriminator updates under Algorithm 1). The iteration's temporary arrays
     * live in a workspace reset after it ({@link StepWorkspace}); listeners run after it is closed.
     */
    public StepReport iterate() {
        StepReport report;
        MemoryWorkspace workspace = StepWorkspace.open();
        try {
            report = config.rule() == UpdateRule.ALTERNATING ? alternating() : simultaneous();
        } finally {
            workspace.close();
        }
        for (TrainingListener listener : listeners) {
            listener.onIteration(report);
        }
        return report;
    }

    private StepReport alternating() {
        int k = config.discriminatorSteps();
        DiscriminatorPass last = null;
        for (int j = 0; j < k; j++) {
            long draw = state.discriminatorUpdates() + j;
            last = discriminatorPass(data.batch(draw, config.batchSize()), generate(2 * draw), 2 * draw);
            state.discriminator().backward(last.scoreGradient, Gradients.PARAMETERS);
            state.discriminatorOptimizer().step(state.discriminator(), draw);
            loss.constrainDiscriminator(state.discriminator());
        }
        long g = state.iteration();
        // Fresh noise for G: odd noise and dropout indices never collide with D's even ones.
        INDArray fake = generate(2 * g + 1);
        INDArray scores = state.discriminator().forward(fake, dropout(2 * g + 1));
        ScoreGradient generatorLoss = loss.generator(scores);
        backpropagateToGenerator(generatorLoss.gradient());
        state.generatorOptimizer().step(state.generator(), g);
        state.advance(k);
        return new StepReport(state.iteration(), last.loss.value(), generatorLoss.value(), last.divergence);
    }

    private StepReport simultaneous() {
        long t = state.iteration();
        DiscriminatorPass pass = discriminatorPass(data.batch(t, config.batchSize()), generate(2 * t), 2 * t);
        // D's parameter gradients first; then the generator's loss through the same pass, input gradient only.
        state.discriminator().backward(pass.scoreGradient, Gradients.PARAMETERS);
        ScoreGradient generatorLoss = loss.generator(pass.fakeScores);
        INDArray generatorScoreGradient = Nd4j.vstack(Nd4j.zerosLike(pass.realScores), generatorLoss.gradient());
        INDArray stackedInputGradient = state.discriminator().backward(generatorScoreGradient, Gradients.INPUT);
        state.generator().backward(rows(stackedInputGradient, config.batchSize(), stackedInputGradient.rows()),
                Gradients.PARAMETERS);
        state.discriminatorOptimizer().step(state.discriminator(), t);
        loss.constrainDiscriminator(state.discriminator());
        state.generatorOptimizer().step(state.generator(), t);
        state.advance(1);
        return new StepReport(state.iteration(), pass.loss.value(), generatorLoss.value(), pass.divergence);
    }

    /** D on stacked [real; fake] and the loss's score gradient, also stacked. */
    private DiscriminatorPass discriminatorPass(INDArray real, INDArray fake, long dropoutIndex) {
        int m = real.rows();
        INDArray scores = state.discriminator().forward(Nd4j.vstack(real, fake), dropout(dropoutIndex));
        INDArray realScores = rows(scores, 0, m);
        INDArray fakeScores = rows(scores, m, scores.rows());
        ScoreGradients lossValue = loss.discriminator(realScores, fakeScores);
        double divergence = loss.divergence().map(c -> c.estimate(realScores, fakeScores)).orElse(Double.NaN);
        INDArray scoreGradient = Nd4j.vstack(lossValue.realGradient(), lossValue.fakeGradient());
        return new DiscriminatorPass(realScores, fakeScores, lossValue, scoreGradient, divergence);
    }

    private void backpropagateToGenerator(INDArray scoreGradient) {
        INDArray sampleGradient = state.discriminator().backward(scoreGradient, Gradients.INPUT);
        state.generator().backward(sampleGradient, Gradients.PARAMETERS);
    }

    /** G(z) for noise draw {@code index}, in training mode (G's own dropout, if any, is seeded too). */
    private INDArray generate(long index) {
        INDArray z = prior.sample(config.batchSize(), random.seed(Stream.NOISE, index),
                state.generator().dataType());
        return state.generator().forward(z, Pass.training(random.seed(Stream.DROPOUT, ~index)));
    }

    private Pass dropout(long index) {
        return Pass.training(random.seed(Stream.DROPOUT, index));
    }

    private static INDArray rows(INDArray a, long from, long to) {
        return a.get(NDArrayIndex.interval(from, to), NDArrayIndex.all());
    }

    private record DiscriminatorPass(INDArray realScores, INDArray fakeScores, ScoreGradients loss,
                                     INDArray scoreGradient, double divergence) {
    }

    @Override
    public String toString() {
        return "Trainer(" + config + ", loss=" + loss + ", data=" + data + ", prior=" + prior + ")";
    }
}
