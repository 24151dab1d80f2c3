package org.jgan.experiments.fgan;

import org.jgan.core.config.Check;
import org.jgan.core.distribution.Distribution;
import org.jgan.core.loss.DivergenceClaim;
import org.jgan.core.network.Network;
import org.jgan.core.network.Pass;
import org.jgan.core.random.RandomStreams;
import org.jgan.core.random.RandomStreams.Stream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A loss's divergence estimate for a trained critic on fresh samples the critic never saw, with its standard
 * error by batch means: for an f-GAN loss the variational bound E_P[g_f(V)] − E_Q[f*(g_f(V))] (Nowozin et al.
 * 2016, Eq. 4) at that critic.
 *
 * <p>Batch i holds {@code batchSize} samples of P (draw 2i of the {@link Stream#EVAL} stream) and as many of Q
 * (draw 2i + 1), so training, which draws from the DATA stream, never sees them. The claim's estimate is taken
 * on each batch; the estimate is the mean of the B batch estimates and its standard error their standard deviation
 * over √B. Why batch means: the {@link org.jgan.core.loss.AdversarialLoss} contract makes every loss value a
 * batch mean, and every registered claim is affine in the loss, so with equal batches the mean of the batch
 * estimates <em>is</em> the estimate on all B·n samples at once — without reading per-sample terms the claim
 * does not expose. The batch estimates are i.i.d., so by the central limit theorem the error of their mean is
 * normal with the standard error given, as long as the estimate's variance is finite (for Pearson χ² at the
 * optimum it needs E_Q[(p/q)⁴] &lt; ∞; with heavier tails the standard error understates the error).
 */
public final class HeldOutEstimate {
    /** Batches B. */
    public static final int DEFAULT_BATCHES = 100;
    /** Samples per distribution in a batch. */
    public static final int DEFAULT_BATCH_SIZE = 10_000;

    private final Distribution data;
    private final Distribution model;
    private final RandomStreams random;
    private final int batches;
    private final int batchSize;
    private final DataType type;

    /**
     * @param data      P, the distribution whose samples the critic scores as real
     * @param model     Q, the distribution whose samples it scores as fake
     * @param random    the streams the held-out samples come from (the EVAL stream)
     * @param batches   B &gt;= 2, for a standard error
     * @param batchSize samples of each distribution per batch
     * @param type      the critic's data type
     */
    public HeldOutEstimate(Distribution data, Distribution model, RandomStreams random, int batches, int batchSize,
                           DataType type) {
        this.data = data;
        this.model = model;
        this.random = random;
        this.batches = Check.atLeast("heldout-batches", batches, 2);
        this.batchSize = Check.atLeast("heldout-batch-size", batchSize, 1);
        this.type = type;
    }

    /** The estimate over all B batches. */
    public Estimate of(Network critic, DivergenceClaim claim) {
        return of(critic, claim, batches);
    }

    /** The estimate over the first {@code count} batches (2 &lt;= count &lt;= B), e.g. to monitor training cheaply. */
    public Estimate of(Network critic, DivergenceClaim claim, int count) {
        if (count < 2 || count > batches) {
            throw new IllegalArgumentException("batches to use must be in [2, " + batches + "], got " + count);
        }
        double[] estimates = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            estimates[i] = batchEstimate(critic, claim, i);
            sum += estimates[i];
        }
        double mean = sum / count;
        double squares = 0;
        for (double e : estimates) {
            squares += (e - mean) * (e - mean);
        }
        return new Estimate(mean, Math.sqrt(squares / (count - 1) / count), (long) count * batchSize);
    }

    /** The claim's estimate on held-out batch {@code index}. */
    double batchEstimate(Network critic, DivergenceClaim claim, int index) {
        double[] both = new double[2 * batchSize];
        System.arraycopy(data.sample(batchSize, random.random(Stream.EVAL, 2L * index)), 0, both, 0, batchSize);
        System.arraycopy(model.sample(batchSize, random.random(Stream.EVAL, 2L * index + 1)), 0, both, batchSize,
                batchSize);
        INDArray scores = critic.forward(Nd4j.create(both, new long[] {2L * batchSize, 1}, type), Pass.INFERENCE);
        return claim.estimate(scores.get(NDArrayIndex.interval(0, batchSize), NDArrayIndex.all()),
                scores.get(NDArrayIndex.interval(batchSize, 2L * batchSize), NDArrayIndex.all()));
    }

    /** Samples of each distribution behind a full estimate. */
    public long samples() {
        return (long) batches * batchSize;
    }

    /**
     * An estimate and its standard error.
     *
     * @param value          the mean of the batch estimates
     * @param standardError  their standard deviation over √(batches)
     * @param samplesPerSide samples of each distribution behind it
     */
    public record Estimate(double value, double standardError, long samplesPerSide) {
    }

    @Override
    public String toString() {
        return "HeldOutEstimate(" + batches + " batches of " + batchSize + " samples of P = " + data + " and Q = "
                + model + ")";
    }
}
