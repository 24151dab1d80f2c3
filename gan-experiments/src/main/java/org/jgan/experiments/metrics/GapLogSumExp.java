package org.jgan.experiments.metrics;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The stabilised log-sum-exp of a Parzen estimate, row by row of a block of distance products h (one row per
 * point, one column per centre), for several kernel scales c = 1/(2σ²) at once:
 * <pre>
 *   h_i* = min_j h_ij,   L_i(c) = log Σ_j exp(−c·(h_ij − h_i*)).
 * </pre>
 * Every exponent is ≤ 0 and the nearest centre's term is exactly 1, so the sum is at least 1 and never overflows.
 *
 * <p>The work runs on the JVM's cores, rows in parallel, in double precision, straight from the product's native
 * buffer: no intermediate array of the block's size is written. Libnd4j runs element-wise ops on one thread here
 * (two thread pools on two cores oversubscribe the training step, docs/performance.md), and its exp, max and sum
 * passes over a block cost several times the GEMM that produced it; this kernel copies each row once, finds its
 * minimum, and then makes one pass for all scales, evaluating exp only where a term can matter.
 *
 * <p><b>Skipped terms.</b> A term with exponent below −{@value #NEGLIGIBLE_EXPONENT} is left out: with M centres the
 * omitted mass is below M·e^−60, which for M ≤ 10⁸ is under 1e-18, less than one rounding of the sum (≥ 1) in
 * double. The result is therefore the plain double-precision sum to rounding: each row is summed in centre order,
 * by one thread, so it is also the same for every thread count.
 */
final class GapLogSumExp {
    /** Terms exp(−t) with t above this are below the sum's rounding and are not evaluated (see above). */
    static final double NEGLIGIBLE_EXPONENT = 60;
    /** Rows handed to one task: enough to amortise a task, few enough to balance two or more cores. */
    private static final int ROWS_PER_TASK = 64;

    private GapLogSumExp() {
    }

    /**
     * The nearest gap h_i* and L_i(c) of every row of a block.
     *
     * @param products the block h, shape [rows, M], FLOAT or DOUBLE, row-major with contiguous rows
     * @param scales   the kernel scales c_k, each &gt; 0
     * @return the minima h_i* (index 0 of the first dimension) followed by L_i(c_k) (index k + 1)
     */
    static double[][] rows(INDArray products, double[] scales) {
        int rows = (int) products.rows();
        int columns = (int) products.columns();
        NativeRows reader = NativeRows.of(products);
        Scales sorted = new Scales(scales);
        double[][] result = new double[scales.length + 1][rows];
        int tasks = (rows + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
        IntStream.range(0, tasks).parallel().forEach(task -> {
            double[] row = new double[columns];
            double[] sums = new double[scales.length];
            int end = Math.min(rows, (task + 1) * ROWS_PER_TASK);
            for (int i = task * ROWS_PER_TASK; i < end; i++) {
                reader.read(i, row);
                double nearest = minimum(row);
                result[0][i] = nearest;
                sorted.sumTerms(row, nearest, sums);
                for (int k = 0; k < scales.length; k++) {
                    result[k + 1][i] = Math.log(sums[k]);
                }
            }
        });
        return result;
    }

    private static double minimum(double[] row) {
        double min = Double.POSITIVE_INFINITY;
        for (double value : row) {
            min = Math.min(min, value);
        }
        return min;
    }

    /**
     * The scales in order of widening reach, so that one pass over a row serves all of them: a term whose gap is
     * beyond one scale's reach is beyond every later one's.
     */
    private static final class Scales {
        private final double[] scales;
        private final double[] widest;
        private final int[] order;

        Scales(double[] scales) {
            this.scales = scales;
            this.widest = new double[scales.length];
            for (int k = 0; k < scales.length; k++) {
                widest[k] = NEGLIGIBLE_EXPONENT / scales[k];
            }
            this.order = IntStream.range(0, scales.length).boxed()
                    .sorted((a, b) -> Double.compare(widest[b], widest[a])).mapToInt(Integer::intValue).toArray();
        }

        /**
         * sums[k] = Σ_j exp(−c_k·(row_j − nearest)) over the terms that can change it, each sum in centre order
         * (the same numbers as one pass per scale).
         */
        void sumTerms(double[] row, double nearest, double[] sums) {
            Arrays.fill(sums, 0);
            for (double value : row) {
                double gap = value - nearest;
                for (int k : order) {
                    if (gap > widest[k]) {
                        break;
                    }
                    sums[k] += Math.exp(-scales[k] * gap);
                }
            }
        }
    }
}
