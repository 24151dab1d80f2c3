package org.jgan.experiments;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Raw scores as the {@code [n, 1]} double column every {@link org.jgan.core.loss.AdversarialLoss} takes. */
public final class ScoreColumns {
    private ScoreColumns() {
    }

    /** The column holding {@code values}. */
    public static INDArray column(double... values) {
        return Nd4j.create(values, new long[] {values.length, 1}, DataType.DOUBLE);
    }
}
