package org.jgan.bench;

import java.util.ArrayList;
import java.util.List;
import org.jgan.core.random.NativeRandom;
import org.jgan.core.random.RandomStreams;
import org.jgan.core.random.RandomStreams.Stream;
import org.jgan.experiments.metrics.ParzenEstimator;
import org.jgan.experiments.metrics.ParzenScore;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The full Parzen evaluation of Goodfellow et al. 2014's Table 1 at the paper's size, on synthetic U(0, 1) pixels:
 * 10,000 kernel centres, σ chosen from the authors' grid of ten on 1,000 selection images, then 10,000 test images
 * scored, all 784-dimensional ({@link ParzenEstimator#evaluate(INDArray, INDArray, INDArray)} with its defaults:
 * float products, blocks of 1,000 points).
 *
 * <p>Its matrix products: one [1000, 785]·[10000, 785]ᵀ product per block of points (the distances' GEMM with the
 * column of ones and the centres' squared norms), 1 selection block plus 10 test blocks.
 */
public final class ParzenWorkload {
    /** Kernel centres (generated samples in the paper). */
    public static final int CENTRES = ParzenEstimator.PAPER_CENTRES;
    /** Images scored. */
    public static final int TEST = 10_000;
    /** Images that choose σ. */
    public static final int SELECTION = ParzenEstimator.PAPER_SELECTION_IMAGES;
    /** Pixels per image. */
    public static final int DIMENSION = 784;

    private final INDArray centres;
    private final INDArray selection;
    private final INDArray test;
    private final ParzenEstimator estimator = new ParzenEstimator();

    /** Draws the three synthetic sets from fixed seeds. */
    public ParzenWorkload() {
        RandomStreams random = new RandomStreams(Workload.SEED);
        centres = NativeRandom.uniform(random.seed(Stream.EVAL, 0), DataType.FLOAT, 0, 1, CENTRES, DIMENSION);
        selection = NativeRandom.uniform(random.seed(Stream.EVAL, 1), DataType.FLOAT, 0, 1, SELECTION, DIMENSION);
        test = NativeRandom.uniform(random.seed(Stream.EVAL, 2), DataType.FLOAT, 0, 1, TEST, DIMENSION);
    }

    /** The whole protocol: σ sweep on the selection images, then the test score. */
    public ParzenScore evaluate() {
        return estimator.evaluate(centres, selection, test);
    }

    /** The distance products the evaluation runs, block by block. */
    public static List<GemmShape> products() {
        List<GemmShape> all = new ArrayList<>();
        int rows = ParzenEstimator.DEFAULT_BLOCK_ROWS;
        for (int points : new int[] {SELECTION, TEST}) {
            for (int from = 0; from < points; from += rows) {
                all.add(new GemmShape(Math.min(rows, points - from), DIMENSION + 1, CENTRES, false, true));
            }
        }
        return all;
    }
}
