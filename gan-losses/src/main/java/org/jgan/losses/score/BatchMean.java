package org.jgan.losses.score;

import java.util.Arrays;
import org.jgan.core.loss.ScoreGradient;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The batch mean of a {@link ScoreTerm}, L = (1/n) Σ φ(s_i), and its gradient dL/ds_i = φ′(s_i)/n.
 *
 * <p>A score batch is one column of n values (n is the batch size, tens to thousands). It is copied out once,
 * the value and every derivative are computed in double precision in one Java loop, and the gradient is
 * copied back in once, in the input's type and shape. ND4J pays tens of microseconds per native call
 * whatever the size (measured on the development machine; docs/performance.md), and a stable loss built from ND4J element-wise ops costs a dozen such
 * calls; this costs two, and FLOAT scores get double-precision arithmetic for free.
 */
public final class BatchMean {
    private BatchMean() {
    }

    /**
     * The mean of φ over a batch of scores.
     *
     * @param field  the argument's name, for error messages
     * @param term   φ
     * @param scores {@code [n, 1]} (or {@code [n]}), FLOAT or DOUBLE, n &gt;= 1
     */
    public static double value(String field, ScoreTerm term, INDArray scores) {
        double[] s = values(field, scores);
        double sum = 0;
        for (double x : s) {
            sum += term.value(x);
        }
        return sum / s.length;
    }

    /**
     * The mean of φ and its gradient with respect to each score.
     *
     * @param field  the argument's name, for error messages
     * @param term   φ
     * @param scores {@code [n, 1]} (or {@code [n]}), FLOAT or DOUBLE, n &gt;= 1
     * @return the mean and dL/ds, a new array of the scores' shape and type
     */
    public static ScoreGradient valueAndGradient(String field, ScoreTerm term, INDArray scores) {
        double[] s = values(field, scores);
        double[] gradient = new double[s.length];
        double sum = 0;
        for (int i = 0; i < s.length; i++) {
            sum += term.value(s[i]);
            gradient[i] = term.derivative(s[i]) / s.length;
        }
        return new ScoreGradient(sum / s.length, Nd4j.create(gradient, scores.shape(), scores.dataType()));
    }

    private static double[] values(String field, INDArray scores) {
        if (scores == null) {
            throw new IllegalArgumentException(field + ": expected a [n, 1] array of raw scores, got null");
        }
        DataType type = scores.dataType();
        if (type != DataType.FLOAT && type != DataType.DOUBLE) {
            throw new IllegalArgumentException(field + ": expected FLOAT or DOUBLE scores, got " + type);
        }
        boolean column = scores.rank() == 1 || (scores.rank() == 2 && scores.columns() == 1);
        if (!column || scores.length() == 0) {
            throw new IllegalArgumentException(field + ": expected a non-empty [n, 1] column of raw scores, got shape "
                    + Arrays.toString(scores.shape()));
        }
        return scores.toDoubleVector();
    }
}
