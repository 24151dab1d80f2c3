package org.jgan.models.layer;

import org.jgan.core.config.Check;
import org.jgan.core.network.Gradients;
import org.jgan.core.network.Pass;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.api.ops.impl.transforms.custom.Max;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Maxout (Goodfellow et al. 2013), the hidden unit of the 2014 paper's MNIST discriminator: unit u outputs
 * the largest of its k pieces, y_u = max_p x_{p·U + u}, where x is the output of a {@link Dense} layer with
 * U·k columns. Pieces are blocks of columns: columns [p·U, (p + 1)·U) hold piece p of every unit.
 *
 * <p>The gradient goes to the winning piece only; on a tie, to the first. Both directions work on whole
 * column blocks, which are contiguous when the input is column-major ({@link Dense#COLUMN_MAJOR}), so a pass is
 * a handful of elementwise operations on [batch, U] arrays: forward, k − 1 pairwise maxima; at the first
 * backward after a forward, the masks w_p = [x_p > max(x_0..x_{p−1})] (3 operations per piece); then each
 * backward walks the pieces from last to first, dx_p = g ⊙ w_p and g ← g − dx_p, starting from g = dY and
 * ending with dx_0 = g. ND4J's own reduction, pooling and merge kernels for this ran 5 to 100 times slower.
 */
public final class Maxout implements Layer {
    private final int units;
    private final int pieces;
    private final BatchBuffer output;
    private final BatchBuffer runningMax;
    private final BatchBuffer winners;
    private final BatchBuffer inputGradient;
    private INDArray input;
    private INDArray[] won;

    /**
     * @param units  U, the number of outputs
     * @param pieces k, the pieces each output is the maximum of
     */
    public Maxout(int units, int pieces) {
        this.units = Check.atLeast("maxout units", units, 1);
        this.pieces = Check.atLeast("maxout pieces", pieces, 2);
        this.output = new BatchBuffer(units);
        this.runningMax = new BatchBuffer(units);
        this.winners = new BatchBuffer((long) units * (pieces - 1));
        this.inputGradient = new BatchBuffer((long) units * pieces);
    }

    @Override
    public int inputSize() {
        return units * pieces;
    }

    @Override
    public int outputSize() {
        return units;
    }

    /** k, the pieces per unit. */
    public int pieces() {
        return pieces;
    }

    @Override
    public void bind(ParameterSlice slice) {
        // No parameters and no randomness: nothing to attach.
    }

    @Override
    public INDArray forward(INDArray input, Pass pass) {
        this.input = input;
        INDArray[] x = blocks(input, pieces);
        INDArray y = output.like(input);
        Nd4j.exec(new Max(x[0], x[1], y));
        for (int p = 2; p < pieces; p++) {
            Nd4j.exec(new Max(y, x[p], y));
        }
        won = null;
        return y;
    }

    @Override
    public INDArray backward(INDArray outputGradient, Gradients wanted) {
        if (!wanted.input()) {
            return null;
        }
        if (won == null) {
            won = winnerMasks();
        }
        INDArray dx = inputGradient.like(input);
        INDArray[] d = blocks(dx, pieces);
        INDArray remaining = d[0].assign(outputGradient);
        for (int p = pieces - 1; p >= 1; p--) {
            remaining.mul(won[p - 1], d[p]);
            remaining.subi(d[p]);
        }
        return dx;
    }

    /** w_p = [x_p > max(x_0, ..., x_{p−1})] for p = 1..k−1: 1 where piece p takes over the running maximum. */
    private INDArray[] winnerMasks() {
        INDArray[] x = blocks(input, pieces);
        INDArray[] w = blocks(winners.like(input), pieces - 1);
        INDArray running = runningMax.like(input).assign(x[0]);
        for (int p = 1; p < pieces; p++) {
            x[p].sub(running, w[p - 1]);
            Nd4j.exec(new Step(w[p - 1], w[p - 1], 0.0));
            if (p < pieces - 1) {
                Nd4j.exec(new Max(running, x[p], running));
            }
        }
        return w;
    }

    /** The {@code count} column blocks of {@code a}, each {@code [batch, units]}. */
    private INDArray[] blocks(INDArray a, int count) {
        INDArray[] views = new INDArray[count];
        for (int p = 0; p < count; p++) {
            views[p] = a.get(NDArrayIndex.all(), NDArrayIndex.interval((long) p * units, (long) (p + 1) * units));
        }
        return views;
    }

    @Override
    public String toString() {
        return "maxout(" + units + "×" + pieces + ")";
    }
}
