package org.jgan.bench;

import org.jgan.core.config.Check;
import org.jgan.core.random.NativeRandom;
import org.jgan.core.train.DataSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * MNIST-shaped data without data files: a fixed pool of rows of U(0, 1) pixels, drawn once from a seed, served in
 * consecutive batches that wrap around the pool. A batch is a view of the pool (no copy), so the benchmark times the
 * training step and not a data loader; the PyTorch reference does the same.
 */
public final class SyntheticImages implements DataSource {
    /** Rows in the pool: ten batches of the authors' 100. */
    public static final int DEFAULT_POOL_ROWS = 1000;

    private final INDArray pool;

    /**
     * @param rows      rows in the pool, a multiple of every batch size asked for
     * @param dimension columns (784 for MNIST)
     * @param type      the pool's type
     * @param seed      the seed of the pixels
     */
    public SyntheticImages(int rows, int dimension, DataType type, long seed) {
        Check.atLeast("synthetic pool rows", rows, 1);
        Check.atLeast("synthetic dimension", dimension, 1);
        this.pool = NativeRandom.uniform(seed, type, 0, 1, rows, dimension);
    }

    @Override
    public int dimension() {
        return (int) pool.columns();
    }

    @Override
    public INDArray batch(long drawIndex, int size) {
        long batches = pool.rows() / size;
        if (batches == 0 || pool.rows() % size != 0) {
            throw new IllegalArgumentException("batch size " + size + " must divide the pool's " + pool.rows()
                    + " rows");
        }
        long from = (drawIndex % batches) * size;
        return pool.get(NDArrayIndex.interval(from, from + size), NDArrayIndex.all());
    }

    @Override
    public String toString() {
        return "SyntheticImages(" + pool.rows() + " rows of U(0,1)^" + pool.columns() + ")";
    }
}
