package org.jgan.models.layer;

import org.jgan.core.config.Check;
import org.jgan.core.config.ConfigException;
import org.jgan.core.network.Gradients;
import org.jgan.core.network.Pass;
import org.jgan.core.random.NativeRandom;
import org.jgan.core.random.RandomStreams;
import org.jgan.core.random.RandomStreams.Stream;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Inverted dropout (Srivastava et al. 2014) with keep probability q: in training, y = x ⊙ m / q with
 * m_ij ~ Bernoulli(q), so E[y] = x and inference is the identity. Backward: dx = dY ⊙ m / q.
 *
 * <p>Goodfellow et al. 2014 drop D's input with q = 0.8 and its hidden layers' inputs with q = 0.5. The mask
 * is a pure function of the pass's dropout seed and this layer's index in its network, so a pass can be
 * repeated exactly and two dropout layers never share a mask.
 */
public final class Dropout implements Layer {
    /** Keeping everything turns the layer into the identity. */
    public static final double KEEP_ALL = 1.0;

    private final int size;
    private final double keep;
    private final BatchBuffer output;
    private final BatchBuffer mask;
    private final BatchBuffer inputGradient;
    private int layerIndex;
    private INDArray scaledMask;

    /**
     * @param size columns of the input and the output
     * @param keep q, the probability of keeping a unit, in (0, 1]
     */
    public Dropout(int size, double keep) {
        this.size = Check.atLeast("dropout size", size, 1);
        if (!(keep > 0 && keep <= 1)) {
            throw new ConfigException("dropout keep probability", "a number in (0, 1]", keep);
        }
        this.keep = keep;
        this.output = new BatchBuffer(size);
        this.mask = new BatchBuffer(size);
        this.inputGradient = new BatchBuffer(size);
    }

    @Override
    public int inputSize() {
        return size;
    }

    @Override
    public int outputSize() {
        return size;
    }

    /** q, the keep probability. */
    public double keep() {
        return keep;
    }

    @Override
    public void bind(ParameterSlice slice) {
        layerIndex = slice.layerIndex();
    }

    /** In training, masks {@code input} with a mask drawn from the pass's seed mixed with the layer index. */
    @Override
    public INDArray forward(INDArray input, Pass pass) {
        if (!pass.training() || keep == KEEP_ALL) {
            scaledMask = null;
            return input;
        }
        long seed = new RandomStreams(pass.dropoutSeed()).seed(Stream.DROPOUT, layerIndex);
        scaledMask = NativeRandom.fillBernoulli(seed, mask.like(input), keep).muli(1.0 / keep);
        return input.mul(scaledMask, output.like(input));
    }

    @Override
    public INDArray backward(INDArray outputGradient, Gradients wanted) {
        if (!wanted.input()) {
            return null;
        }
        if (scaledMask == null) {
            return outputGradient;
        }
        return outputGradient.mul(scaledMask, inputGradient.like(scaledMask));
    }

    @Override
    public String toString() {
        return "dropout(keep " + keep + ")";
    }
}
