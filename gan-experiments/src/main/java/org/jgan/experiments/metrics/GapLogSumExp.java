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
 * passes over a block cost several times the GEMM that produced it; this kernel copies each row once, finding its
 * minimum on the way, then keeps, without a branch, the gaps within reach of the widest scale and sums each scale's
 * terms from that shrinking list, evaluating exp only where a term can matter, with {@link NegativeExp} (within
 * about two units in the last place of {@link Math#exp}, and 1.5× faster).
 *
 * <p><b>Skipped terms.</b> A term with exponent below −{@value #NEGLIGIBLE_EXPONENT} is left out: with M centres the
 * omitted mass is below M·e^−60, which for M ≤ 10⁸ is under 1e-18, less than one rounding of the sum (≥ 1) in
 * double. The result is therefore the double-precision sum to within a few roundings per term: each row is summed
 * in centre order, by one thread, so it is also the same for every thread count.
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
                double nearest = reader.read(i, row);
                result[0][i] = nearest;
                sorted.sumTerms(row, nearest, sums);
                for (int k = 0; k < scales.length; k++) {
                    result[k + 1][i] = Math.log(sums[k]);
                }
            }
        });
        return result;
    }

    /**
     * The scales from the widest reach to the narrowest, so that one pass over a row serves all of them: the terms
     * within one scale's reach include those within every narrower one's.
     */
    private static final class Scales {
        private final double[] scales;
        private final double[] reach;
        private final int[] widestFirst;

        Scales(double[] scales) {
            this.scales = scales;
            this.reach = new double[scales.length];
            for (int k = 0; k < scales.length; k++) {
                reach[k] = NEGLIGIBLE_EXPONENT / scales[k];
            }
            this.widestFirst = IntStream.range(0, scales.length).boxed()
                    .sorted((a, b) -> Double.compare(reach[b], reach[a])).mapToInt(Integer::intValue).toArray();
        }

        /**
         * sums[k] = Σ_j exp(−c_k·(row_j − nearest)) over the terms within reach of c_k, each sum in centre order;
         * NaN for every k when {@code nearest} is NaN. Overwrites {@code row}.
         *
         * <p>Whether a term is within reach is a coin toss for the branch predictor, so the row is first compacted
         * without a branch to the gaps within the widest reach, then each scale sums its list and compacts it, in
         * the same loop, to the next narrower scale's. Every exp evaluated is needed.
         */
        void sumTerms(double[] row, double nearest, double[] sums) {
            if (Double.isNaN(nearest)) {
                Arrays.fill(sums, Double.NaN);
                return;
            }
            int kept = 0;
            double widest = reach[widestFirst[0]];
            for (double value : row) {
                double gap = value - nearest;
                row[kept] = gap;
                kept += within(gap, widest);
            }
            for (int i = 0; i < widestFirst.length; i++) {
                int k = widestFirst[i];
                double scale = scales[k];
                double next = i + 1 < widestFirst.length ? reach[widestFirst[i + 1]] : Double.NEGATIVE_INFINITY;
                double sum = 0;
                int nextKept = 0;
                for (int j = 0; j < kept; j++) {
                    double gap = row[j];
                    sum += NegativeExp.of(scale * gap);
                    row[nextKept] = gap;
                    nextKept += within(gap, next);
                }
                sums[k] = sum;
                kept = nextKept;
            }
        }

        /** 1 when gap ≤ reach, else 0, from the sign of their difference: no branch. Gaps here are never NaN. */
        private static int within(double gap, double reach) {
            return 1 - (int) (Double.doubleToRawLongBits(reach - gap) >>> 63);
        }
    }
}
