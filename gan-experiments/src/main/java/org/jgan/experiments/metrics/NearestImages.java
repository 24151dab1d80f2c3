package org.jgan.experiments.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jgan.core.config.Check;
import org.jgan.experiments.data.ImageDataset;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The nearest reference image of each query by squared L2 distance in pixel space, for Figure 2 of Goodfellow et
 * al. 2014 ("the rightmost column shows the nearest training example of the neighboring sample, in order to
 * demonstrate that the model has not memorized the training set").
 *
 * <p>argmin_j ‖q − r_j‖² = argmin_j (‖r_j‖² − 2 q·r_j), computed in double by one GEMM per block of
 * {@code blockRows} references and block of {@code blockRows} queries ({@link DistanceProducts}); the distance
 * reported for the winner is then recomputed directly as Σ_k (q_k − r_k)².
 */
public final class NearestImages {
    /**
     * References, and queries, per block: bounds memory at blockRows × (blockRows + 3d + 2) doubles (a block's
     * products, its references as pixels and both augmented operands), 70 MB on MNIST, whatever the number of
     * queries.
     */
    public static final int DEFAULT_BLOCK_ROWS = 2_000;

    private final INDArray references;
    private final int blockRows;
    private final UnaryOperator<INDArray> toPixels;

    /** Nearest among the rows of {@code references}, [N, d], in blocks of {@value #DEFAULT_BLOCK_ROWS}. */
    public NearestImages(INDArray references) {
        this(references, DEFAULT_BLOCK_ROWS);
    }

    /**
     * @param references the candidates, one image per row, [N, d]
     * @param blockRows  references per block, &gt;= 1
     */
    public NearestImages(INDArray references, int blockRows) {
        this(references, blockRows, rows -> Nd4j.create(DataType.DOUBLE, rows.shape()).assign(rows));
    }

    /**
     * Nearest among images given by their bytes b ({@link ImageDataset#pixelBytes}, UINT8, [N, d]), compared as
     * pixels b / 255: a block of {@value #DEFAULT_BLOCK_ROWS} is converted at a time, so the references never exist
     * as a whole in floating point.
     */
    public static NearestImages ofPixelBytes(INDArray bytes) {
        return new NearestImages(bytes, DEFAULT_BLOCK_ROWS, rows -> ImageDataset.pixels(rows, DataType.DOUBLE));
    }

    /** {@code toPixels} turns rows of {@code references} into a new DOUBLE matrix of pixels. */
    private NearestImages(INDArray references, int blockRows, UnaryOperator<INDArray> toPixels) {
        if (references.rank() != 2 || references.rows() < 1) {
            throw new IllegalArgumentException("references must be a non-empty matrix, got "
                    + Arrays.toString(references.shape()));
        }
        this.references = references;
        this.blockRows = Check.atLeast("nearest-images.block-rows", blockRows, 1);
        this.toPixels = toPixels;
    }

    /**
     * A match for each row of {@code queries}, [s, d], in order.
     *
     * @param index           the row of the nearest reference
     * @param squaredDistance Σ_k (q_k − r_k)², in double
     */
    public record Match(int index, double squaredDistance) {
    }

    /** The nearest reference of each row of {@code queries}, in order. */
    public List<Match> find(INDArray queries) {
        if (queries.rank() != 2 || queries.columns() != references.columns()) {
            throw new IllegalArgumentException("queries must be a matrix with " + references.columns()
                    + " columns, got " + Arrays.toString(queries.shape()));
        }
        int s = (int) queries.rows();
        long n = references.rows();
        int[] best = new int[s];
        double[] bestPartial = new double[s];
        Arrays.fill(bestPartial, Double.POSITIVE_INFINITY);
        for (long from = 0; from < n; from += blockRows) {
            long to = Math.min(n, from + blockRows);
            try (INDArray block = toPixels.apply(references.get(NDArrayIndex.interval(from, to), NDArrayIndex.all()));
                    DistanceProducts products = new DistanceProducts(block, DataType.DOUBLE)) {
                for (int first = 0; first < s; first += blockRows) {
                    INDArray partial = products.partial(queries, first, Math.min(s, first + blockRows));
                    long[] argmin = Nd4j.argMin(partial, 1).toLongVector();
                    double[] min = partial.min(1).toDoubleVector();
                    for (int i = 0; i < min.length; i++) {
                        if (min[i] < bestPartial[first + i]) {
                            bestPartial[first + i] = min[i];
                            best[first + i] = (int) (from + argmin[i]);
                        }
                    }
                }
            }
        }
        List<Match> matches = new ArrayList<>(s);
        for (int q = 0; q < s; q++) {
            INDArray query = queries.getRow(q).castTo(DataType.DOUBLE);
            INDArray nearest = toPixels.apply(references.get(NDArrayIndex.interval(best[q], best[q] + 1),
                    NDArrayIndex.all())).getRow(0);
            matches.add(new Match(best[q], query.squaredDistance(nearest)));
        }
        return matches;
    }

    @Override
    public String toString() {
        return "NearestImages(" + references.rows() + " references, blockRows=" + blockRows + ")";
    }
}
