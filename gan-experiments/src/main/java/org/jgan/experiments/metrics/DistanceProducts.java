package org.jgan.experiments.metrics;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Squared distances to a fixed set of centres μ_1..μ_M, up to a per-point constant, through one GEMM per block of
 * points:
 * <pre>
 *   h_ij = ‖μ_j‖² − 2 x_i·μ_j,   so that   ‖x_i − μ_j‖² = ‖x_i‖² + h_ij.
 * </pre>
 * The points get a column of ones and the centres the column ‖μ_j‖² (computed in double), so h is the single
 * product [x_i, 1]·[−2μ_j, ‖μ_j‖²]ᵀ with the transpose passed as a GEMM flag; no broadcast pass follows it.
 * The product runs in the given type; the ‖x_i‖² that a caller adds are computed in double by
 * {@link #squaredNorms}. {@link #close()} frees the off-heap buffers at once instead of when the collector finds
 * them.
 */
final class DistanceProducts implements AutoCloseable {
    private final INDArray augmentedCentres;
    private final DataType type;
    private final int dimension;
    private INDArray augmentedPoints;
    private INDArray products;

    /**
     * @param centres the centres, one per row, shape [M, d]
     * @param type    FLOAT or DOUBLE: the type of the product
     */
    DistanceProducts(INDArray centres, DataType type) {
        this.type = type;
        this.dimension = (int) centres.columns();
        long m = centres.rows();
        augmentedCentres = Nd4j.create(type, m, dimension + 1);
        augmentedCentres.get(NDArrayIndex.all(), NDArrayIndex.interval(0, dimension)).assign(centres).muli(-2);
        double[] norms = squaredNorms(NativeRows.readable(centres), 0, m);
        augmentedCentres.getColumn(dimension).assign(Nd4j.createFromArray(norms));
    }

    /** Number of centres M. */
    long centres() {
        return augmentedCentres.rows();
    }

    /**
     * h for points {@code [from, to)} of {@code points}: shape [to − from, M], in this object's type. The result is
     * a buffer reused by the next call.
     */
    INDArray partial(INDArray points, long from, long to) {
        int rows = (int) (to - from);
        if (products == null || products.rows() != rows) {
            closeBlockBuffers();
            augmentedPoints = Nd4j.ones(type, rows, dimension + 1);
            products = Nd4j.create(type, rows, centres());
        }
        augmentedPoints.get(NDArrayIndex.all(), NDArrayIndex.interval(0, dimension))
                .assign(points.get(NDArrayIndex.interval(from, to), NDArrayIndex.all()));
        return Nd4j.gemm(augmentedPoints, augmentedCentres, products, false, true, 1.0, 0.0);
    }

    /** ‖x_i‖² in double, summed in column order, for rows {@code [from, to)} of {@code rows} (FLOAT or DOUBLE). */
    static double[] squaredNorms(INDArray rows, long from, long to) {
        NativeRows reader = NativeRows.of(rows);
        double[] row = new double[reader.columns()];
        double[] norms = new double[Math.toIntExact(to - from)];
        for (int i = 0; i < norms.length; i++) {
            reader.read(from + i, row);
            double sum = 0;
            for (double value : row) {
                sum += value * value;
            }
            norms[i] = sum;
        }
        return norms;
    }

    @Override
    public void close() {
        augmentedCentres.close();
        closeBlockBuffers();
    }

    private void closeBlockBuffers() {
        if (products != null) {
            augmentedPoints.close();
            products.close();
            products = null;
        }
    }
}
