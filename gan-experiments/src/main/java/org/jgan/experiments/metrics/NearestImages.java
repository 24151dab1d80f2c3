package org.jgan.experiments.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jgan.core.config.Check;
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
 * {@code blockRows} references ({@link DistanceProducts}); the distance reported for the winner is then recomputed
 * directly as Σ_k (q_k − r_k)².
 */
public final class NearestImages {
    /** References per block: bounds memory at (number of queries + d + 1) × blockRows doubles. */
    public static final int DEFAULT_BLOCK_ROWS = 10_000;

    private final INDArray references;
    private final int blockRows;

    /** Nearest among the rows of {@code references}, [N, d], in blocks of {@value #DEFAULT_BLOCK_ROWS}. */
    public NearestImages(INDArray references) {
        this(references, DEFAULT_BLOCK_ROWS);
    }

    /**
     * @param references the candidates, one image per row, [N, d]
     * @param blockRows  references per block, &gt;= 1
     */
    public NearestImages(INDArray references, int blockRows) {
        if (references.rank() != 2 || references.rows() < 1) {
            throw new IllegalArgumentException("references must be a non-empty matrix, got "
                    + Arrays.toString(references.shape()));
        }
        this.references = references;
        this.blockRows = Check.atLeast("nearest-images.block-rows", blockRows, 1);
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
            INDArray block = references.get(NDArrayIndex.interval(from, to), NDArrayIndex.all());
            INDArray partial = new DistanceProducts(block, DataType.DOUBLE).partial(queries, 0, s);
            long[] argmin = Nd4j.argMin(partial, 1).toLongVector();
            double[] min = partial.min(1).toDoubleVector();
            for (int q = 0; q < s; q++) {
                if (min[q] < bestPartial[q]) {
                    bestPartial[q] = min[q];
                    best[q] = (int) (from + argmin[q]);
                }
            }
        }
        List<Match> matches = new ArrayList<>(s);
        for (int q = 0; q < s; q++) {
            INDArray query = queries.getRow(q).castTo(DataType.DOUBLE);
            INDArray nearest = references.getRow(best[q]).castTo(DataType.DOUBLE);
            matches.add(new Match(best[q], query.squaredDistance(nearest)));
        }
        return matches;
    }

    @Override
    public String toString() {
        return "NearestImages(" + references.rows() + " references, blockRows=" + blockRows + ")";
    }
}
