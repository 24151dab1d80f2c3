package org.jgan.losses;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Builds score columns for tests. */
public final class Scores {
    private Scores() {
    }

    /** A DOUBLE {@code [n, 1]} column. */
    public static INDArray column(double... values) {
        return column(DataType.DOUBLE, values);
    }

    /** A {@code [n, 1]} column of the given type. */
    public static INDArray column(DataType type, double... values) {
        return Nd4j.create(values, new long[] {values.length, 1}, type);
    }

    /** A column's values in double precision. */
    public static double[] values(INDArray column) {
        return column.toDoubleVector();
    }
}
