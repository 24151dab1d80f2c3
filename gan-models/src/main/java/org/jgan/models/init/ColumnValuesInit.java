package org.jgan.models.init;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Fixed values per column, the same in every row, whatever the seed: for data-dependent biases such as the
 * output bias logit(mean pixel) of Goodfellow et al.'s MNIST generator.
 */
public final class ColumnValuesInit implements Initialiser {
    private final double[] values;

    /** @param values one value per column of the target */
    public ColumnValuesInit(double[] values) {
        this.values = values.clone();
    }

    @Override
    public void fill(INDArray target, long seed) {
        if (target.columns() != values.length) {
            throw new IllegalArgumentException("target has " + target.columns() + " columns, values have "
                    + values.length);
        }
        INDArray row = Nd4j.createFromArray(values).castTo(target.dataType()).reshape(1, values.length);
        target.assign(row.broadcast(target.shape()));
    }

    @Override
    public String toString() {
        return "column-values(" + values.length + " values, mean "
                + Arrays.stream(values).average().orElse(Double.NaN) + ")";
    }
}
