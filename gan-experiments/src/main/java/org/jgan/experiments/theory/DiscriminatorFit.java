package org.jgan.experiments.theory;

import org.jgan.core.loss.AdversarialLoss;
import org.jgan.core.loss.ScoreGradients;
import org.jgan.core.network.Gradients;
import org.jgan.core.network.Network;
import org.jgan.core.network.Pass;
import org.jgan.core.optim.Optimizer;
import org.jgan.core.random.RandomStreams;
import org.jgan.core.random.RandomStreams.Stream;
import org.jgan.core.train.DataSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Trains the discriminator alone while p_g is held fixed: the inner maximisation of Goodfellow et al. 2014,
 * Algorithm 1, run on its own, whose limit Proposition 1 names (D*(x) = p_data/(p_data + p_g) for the minimax
 * loss, the declared optimum of any other loss).
 *
 * <p>Step i draws fresh batches — p_data's as draw 2i and p_g's as draw 2i + 1 of their sources, so two
 * distribution sources on the same stream never share random numbers — runs D once on the stacked batch,
 * backpropagates the loss's score gradient and applies one optimizer update, then the loss's projection
 * ({@link AdversarialLoss#constrainDiscriminator}). Fresh samples every step mean D never sees a sample twice:
 * it cannot overfit, and what it converges to is the population optimum within its architecture.
 */
public final class DiscriminatorFit {
    private final Network discriminator;
    private final AdversarialLoss loss;
    private final DataSource data;
    private final DataSource model;
    private final Optimizer optimizer;
    private final int batchSize;
    private final RandomStreams random;

    /**
     * @param discriminator D, initialised
     * @param loss          whose discriminator objective D minimises
     * @param data          p_data's batches
     * @param model         p_g's batches (a fixed distribution or a frozen generator)
     * @param optimizer     D's optimizer
     * @param batchSize     samples of each distribution per step
     * @param random        the run's streams (dropout masks, if D has dropout)
     */
    public DiscriminatorFit(Network discriminator, AdversarialLoss loss, DataSource data, DataSource model,
                            Optimizer optimizer, int batchSize, RandomStreams random) {
        this.discriminator = discriminator;
        this.loss = loss;
        this.data = data;
        this.model = model;
        this.optimizer = optimizer;
        this.batchSize = batchSize;
        this.random = random;
        optimizer.prepare(discriminator.parameters());
    }

    /**
     * Update {@code index} (0-based; the optimizer's schedules read it).
     *
     * @return D's loss and the loss's divergence estimate on this step's batch, before the update
     */
    public Step step(long index) {
        INDArray real = data.batch(2 * index, batchSize);
        INDArray fake = model.batch(2 * index + 1, batchSize);
        INDArray scores = discriminator.forward(Nd4j.vstack(real, fake),
                Pass.training(random.seed(Stream.DROPOUT, index)));
        INDArray realScores = scores.get(NDArrayIndex.interval(0, batchSize), NDArrayIndex.all());
        INDArray fakeScores = scores.get(NDArrayIndex.interval(batchSize, 2L * batchSize), NDArrayIndex.all());
        ScoreGradients objective = loss.discriminator(realScores, fakeScores);
        double estimate = loss.divergence().map(c -> c.estimate(realScores, fakeScores)).orElse(Double.NaN);
        discriminator.backward(Nd4j.vstack(objective.realGradient(), objective.fakeGradient()), Gradients.PARAMETERS);
        optimizer.step(discriminator, index);
        loss.constrainDiscriminator(discriminator);
        return new Step(objective.value(), estimate);
    }

    /** D, as trained so far. */
    public Network discriminator() {
        return discriminator;
    }

    /**
     * What one update saw.
     *
     * @param loss     L_D on the step's batches
     * @param estimate the loss's batch estimate of its divergence (NaN if it claims none)
     */
    public record Step(double loss, double estimate) {
    }

    @Override
    public String toString() {
        return "DiscriminatorFit(loss=" + loss + ", data=" + data + ", model=" + model + ", batch=" + batchSize
                + ", optimizer=" + optimizer + ")";
    }
}
