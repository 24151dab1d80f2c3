package org.jgan.core.train;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Where training examples come from: a batch is a pure function of its draw index, so a run resumed at
 * any step draws the same batches as the uninterrupted run.
 */
public interface DataSource {
    /** Columns of a batch. */
    int dimension();

    /**
     * The {@code drawIndex}-th batch of {@code size} rows.
     *
     * @param drawIndex 0-based count of batches drawn before this one
     */
    INDArray batch(long drawIndex, int size);
}
