package org.jgan.models.layer;

import org.jgan.core.config.Check;
import org.jgan.core.network.Gradients;
import org.jgan.core.network.Pass;
import org.jgan.core.random.RandomStreams;
import org.jgan.core.random.RandomStreams.Stream;
import org.jgan.models.init.Initialiser;
import org.jgan.models.init.ZeroInit;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.AddOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A fully connected affine layer, y = xW + b with W {@code [in, out]} and b {@code [1, out]}; W's entries come
 * first in the parameter slice, row by row, then b.
 *
 * <p>Backward, for dY = dL/dy: dW = xᵀ·dY, db = 1ᵀ·dY (column sums), dx = dY·Wᵀ. The transposes are BLAS
 * flags of {@link Nd4j#gemm}, never materialised, and every product writes straight into its destination (the
 * gradient views, or a reused work array); a column-major destination is written as its row-major transpose.
 *
 * <p>The output's memory order is a choice: row-major by default, column-major ({@link #COLUMN_MAJOR}) when
 * the next layer works on blocks of columns, as {@link Maxout} does. The input gradient has the memory order of
 * the input, so orders never mix in an elementwise operation (ND4J runs mixed orders an order of magnitude
 * slower).
 */
public final class Dense implements Layer {
    /** Row-major output ('c'). */
    public static final char ROW_MAJOR = 'c';
    /** Column-major output ('f'): each column, and each block of columns, is contiguous. */
    public static final char COLUMN_MAJOR = 'f';

    private final int inputSize;
    private final int outputSize;
    private final Initialiser weightInit;
    private final Initialiser biasInit;
    private final char outputOrder;
    private final BatchBuffer output;
    private final BatchBuffer inputGradient;
    private final BatchBuffer ones = BatchBuffer.constant(1, 1.0);
    private INDArray weights;
    private INDArray bias;
    private INDArray weightGradient;
    private INDArray biasGradient;
    private INDArray input;

    /** A layer with zero biases and a row-major output. */
    public Dense(int inputSize, int outputSize, Initialiser weightInit) {
        this(inputSize, outputSize, weightInit, ZeroInit.INSTANCE, ROW_MAJOR);
    }

    /**
     * @param inputSize   columns of x
     * @param outputSize  columns of y
     * @param weightInit  fills W
     * @param biasInit    fills b
     * @param outputOrder {@link #ROW_MAJOR} or {@link #COLUMN_MAJOR}
     */
    public Dense(int inputSize, int outputSize, Initialiser weightInit, Initialiser biasInit, char outputOrder) {
        this.inputSize = Check.atLeast("dense input size", inputSize, 1);
        this.outputSize = Check.atLeast("dense output size", outputSize, 1);
        if (outputOrder != ROW_MAJOR && outputOrder != COLUMN_MAJOR) {
            throw new IllegalArgumentException("output order must be 'c' or 'f', got '" + outputOrder + "'");
        }
        this.weightInit = weightInit;
        this.biasInit = biasInit;
        this.outputOrder = outputOrder;
        this.output = new BatchBuffer(outputSize);
        this.inputGradient = new BatchBuffer(inputSize);
    }

    @Override
    public int inputSize() {
        return inputSize;
    }

    @Override
    public int outputSize() {
        return outputSize;
    }

    @Override
    public long parameterCount() {
        return (long) inputSize * outputSize + outputSize;
    }

    @Override
    public void bind(ParameterSlice slice) {
        long weightCount = (long) inputSize * outputSize;
        weights = slice.parameters(0, inputSize, outputSize);
        bias = slice.parameters(weightCount, 1, outputSize);
        weightGradient = slice.gradients(0, inputSize, outputSize);
        biasGradient = slice.gradients(weightCount, 1, outputSize);
    }

    /** Draws W from {@code seed} and b from a seed derived from it. */
    @Override
    public void initialise(long seed) {
        weightInit.fill(weights, seed);
        biasInit.fill(bias, new RandomStreams(seed).seed(Stream.INIT, 0));
    }

    @Override
    public INDArray forward(INDArray input, Pass pass) {
        this.input = input;
        INDArray y = output.get(input.rows(), input.dataType(), outputOrder);
        multiply(input, false, weights, false, y);
        // The broadcasting custom op, not addiRowVector: ND4J 1.0.0-M2.1's legacy broadcast path lets the
        // collector free its temporary dimension array while the native call still reads it (a SIGSEGV under
        // frequent collections; docs/performance.md). A custom op stays reachable until the call returns.
        Nd4j.exec(new AddOp(y, bias, y));
        return y;
    }

    @Override
    public INDArray backward(INDArray outputGradient, Gradients wanted) {
        if (wanted.parameters()) {
            multiply(input, true, outputGradient, false, weightGradient);
            // Column sums as the product of a column of ones and dY: one BLAS call straight into the view.
            INDArray onesColumn = ones.get(outputGradient.rows(), outputGradient.dataType(), ROW_MAJOR);
            multiply(onesColumn, true, outputGradient, false, biasGradient);
        }
        if (!wanted.input()) {
            return null;
        }
        INDArray dx = inputGradient.like(input);
        multiply(outputGradient, false, weights, true, dx);
        return dx;
    }

    /**
     * c = op(a)·op(b), op a transpose or not. A column-major c is written as its row-major transpose,
     * cᵀ = op(b)ᵀ·op(a)ᵀ, the same memory: libnd4j's oneDNN build gives a product with a column-major destination
     * to OpenBLAS on one thread instead of to oneDNN on every core (docs/performance.md).
     */
    private static void multiply(INDArray a, boolean transposeA, INDArray b, boolean transposeB, INDArray c) {
        if (c.ordering() == COLUMN_MAJOR) {
            Nd4j.gemm(b, a, c.transpose(), !transposeB, !transposeA, 1.0, 0.0);
        } else {
            Nd4j.gemm(a, b, c, transposeA, transposeB, 1.0, 0.0);
        }
    }

    /** W as a view of the network's parameters. */
    public INDArray weights() {
        return weights;
    }

    /** b as a view of the network's parameters. */
    public INDArray bias() {
        return bias;
    }

    @Override
    public String toString() {
        return "dense(" + inputSize + "→" + outputSize + ", W " + weightInit + ", b " + biasInit
                + (outputOrder == COLUMN_MAJOR ? ", column-major" : "") + ")";
    }
}
