package org.jgan.experiments.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jgan.core.config.Check;
import org.jgan.core.config.ConfigException;
import org.jgan.experiments.data.ImageDataset;
import org.jgan.experiments.data.Split;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The Parzen window (Gaussian kernel density) log-likelihood of Goodfellow et al. 2014, Table 1, exactly as the
 * authors' {@code parzen_ll.py} computes it.
 *
 * <p>With generated samples μ_1..μ_M as kernel centres (M = 10,000 in the paper) and bandwidth σ, a point x in
 * R^d (d = 784, pixels b / 255) has
 * <pre>
 *   log p(x) = logmeanexp_j ( −‖x − μ_j‖² / (2σ²) ) − d·log(σ·√(2π)).
 * </pre>
 * σ is the value of a grid (default logspace(−1, 0, 10)) with the best mean log p over the first 1,000 images of
 * train[50000:60000]; the score is the mean over the 10,000 test images, ± std / √n ({@link MeanEstimate}).
 *
 * <p><b>Computation.</b> Points go in blocks of {@code blockRows}. For a block, one GEMM gives
 * h_ij = ‖μ_j‖² − 2 x_i·μ_j ({@link DistanceProducts}); with h_i* = min_j h_ij (the nearest centre) the
 * log-sum-exp is stabilised by the row maximum ({@link GapLogSumExp}, rows in parallel on the JVM's cores):
 * <pre>
 *   log p(x_i) = −c·(‖x_i‖² + h_i*) + log Σ_j exp(−c·(h_ij − h_i*)) − log M − d·log(σ√(2π)),   c = 1/(2σ²),
 * </pre>
 * so every exponent is ≤ 0 and the largest term is exactly 1. The gaps h_ij − h_i*, the exponentials, the sums and
 * ‖x_i‖² are all in double; one block's products serve every σ of a sweep.
 *
 * <p><b>Precision.</b> With {@code productType} DOUBLE the result agrees with a plain double-precision evaluation to
 * rounding (relative 1e-12). FLOAT (the default, about twice as fast) rounds only the GEMM: its error in h_ij is
 * bounded by γ_{d+1}·(‖μ_j‖² + 2 Σ_k |x_k μ_jk|), γ_n = n·u/(1 − n·u), u = 2⁻²⁴, and log p(x) moves by at most c
 * times that. On MNIST (10,000 training images as centres, the 10,000 test images scored) float moves one point's
 * log p by at most 8.5e-3 nats at σ = 0.1 (3.0e-3 at the selected σ = 0.167, 7e-5 at σ = 1) and the mean by at
 * most 3.6e-4 nats — four orders of magnitude below the standard error (about 2 nats) that Table 1 reports, so
 * float is the right default for monitoring and reporting; use DOUBLE to reproduce digits beyond that. (Norms and
 * the expansion ‖x‖² + h are in double: in float they would add cancellation errors of order u·‖x‖² ≈ 1e-5 per
 * distance on top of the product's.)
 *
 * <p><b>Memory</b>: one block of blockRows × M entries in {@code productType}, reused from block to block.
 */
public final class ParzenEstimator {
    /** The authors' bandwidth grid, numpy.logspace(−1, 0, 10): 0.1 … 1, ten values evenly spaced in log σ. */
    public static final List<Double> DEFAULT_SIGMAS = logspace(-1, 0, 10);
    /** Points per block: bounds memory at blockRows × M entries per buffer. */
    public static final int DEFAULT_BLOCK_ROWS = 1000;
    /** The type of the matrix product (see the precision note above). */
    public static final DataType DEFAULT_PRODUCT_TYPE = DataType.FLOAT;
    /** The paper's number of kernel centres (generated samples). */
    public static final int PAPER_CENTRES = 10_000;
    /** The paper's number of validation images on which σ is chosen (the first of train[50000:60000]). */
    public static final int PAPER_SELECTION_IMAGES = 1000;

    private static final double LOG_SQRT_2_PI = 0.5 * Math.log(2 * Math.PI);

    private final double[] sigmas;
    private final int blockRows;
    private final DataType productType;

    /** The authors' grid, blocks of {@value #DEFAULT_BLOCK_ROWS} points, float products. */
    public ParzenEstimator() {
        this(DEFAULT_SIGMAS, DEFAULT_BLOCK_ROWS, DEFAULT_PRODUCT_TYPE);
    }

    /**
     * @param sigmas      the bandwidth grid, each &gt; 0
     * @param blockRows   points per block, &gt;= 1
     * @param productType FLOAT or DOUBLE
     */
    public ParzenEstimator(List<Double> sigmas, int blockRows, DataType productType) {
        if (sigmas.isEmpty()) {
            throw new ConfigException("parzen.sigmas", "at least one bandwidth", sigmas);
        }
        this.sigmas = new double[sigmas.size()];
        for (int k = 0; k < this.sigmas.length; k++) {
            this.sigmas[k] = Check.positive("parzen.sigmas[" + k + "]", sigmas.get(k));
        }
        this.blockRows = Check.atLeast("parzen.block-rows", blockRows, 1);
        if (productType != DataType.FLOAT && productType != DataType.DOUBLE) {
            throw new ConfigException("parzen.product-type", "FLOAT or DOUBLE", productType);
        }
        this.productType = productType;
    }

    /**
     * The whole protocol: σ from the grid by the best mean log-likelihood of {@code selection}, then the mean
     * log-likelihood of {@code test} at that σ.
     *
     * @param centres   kernel centres (generated samples), [M, d]
     * @param selection the images that choose σ (the paper: the first 1,000 of train[50000:60000]), [n, d]
     * @param test      the images scored (the paper: the 10,000 test images), [n', d]
     */
    public ParzenScore evaluate(INDArray centres, INDArray selection, INDArray test) {
        checkShapes(centres, selection);
        checkShapes(centres, test);
        // One preparation of the centres serves the sweep and the score.
        try (DistanceProducts products = new DistanceProducts(centres, productType)) {
            SigmaSweep sweep = sweep(logDensities(products, NativeRows.readable(selection), sigmas));
            double sigma = sweep.bestSigma();
            double[] scored = logDensities(products, NativeRows.readable(test), new double[] {sigma})[0];
            return new ParzenScore(sweep, sigma, scored);
        }
    }

    /**
     * The paper's protocol on an MNIST-like data set: σ chosen on the first {@value #PAPER_SELECTION_IMAGES}
     * images of {@link Split#VALIDATION}, the score over all of {@link Split#TEST}. The images are converted to
     * {@code productType}, so that DOUBLE sees pixels b / 255 exactly.
     *
     * @param centres kernel centres (the paper: 10,000 generated samples), [M, 784]
     */
    public ParzenScore evaluate(INDArray centres, ImageDataset dataset) {
        try (INDArray selection = dataset.images(Split.VALIDATION, 0, PAPER_SELECTION_IMAGES, productType);
                INDArray test = dataset.images(Split.TEST, productType)) {
            return evaluate(centres, selection, test);
        }
    }

    /**
     * The mean log-likelihood of {@code points} for every σ of the grid, from one pass over the distances. With a
     * few hundred validation images and a few thousand generated samples this is cheap enough to run at every
     * checkpoint and pick the best one.
     */
    public SigmaSweep sweep(INDArray centres, INDArray points) {
        return sweep(logDensities(centres, points, sigmas));
    }

    /** The grid beside the mean of each row of {@code logDensities} (one row per σ). */
    private SigmaSweep sweep(double[][] logDensities) {
        List<Double> grid = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        for (int k = 0; k < sigmas.length; k++) {
            grid.add(sigmas[k]);
            means.add(MeanEstimate.of(logDensities[k]).mean());
        }
        return new SigmaSweep(grid, means);
    }

    /** The mean log-likelihood of {@code points} at a fixed σ, ± its standard error. */
    public MeanEstimate score(INDArray centres, INDArray points, double sigma) {
        return MeanEstimate.of(logLikelihoods(centres, points, sigma));
    }

    /** log p(x_i) for every row of {@code points} at a fixed σ (nats). */
    public double[] logLikelihoods(INDArray centres, INDArray points, double sigma) {
        return logDensities(centres, points, new double[] {Check.positive("sigma", sigma)})[0];
    }

    /** log p(x_i) for each bandwidth (first index) and point (second index). */
    private double[][] logDensities(INDArray centres, INDArray points, double[] bandwidths) {
        checkShapes(centres, points);
        try (DistanceProducts products = new DistanceProducts(centres, productType)) {
            return logDensities(products, NativeRows.readable(points), bandwidths);
        }
    }

    private double[][] logDensities(DistanceProducts products, INDArray points, double[] bandwidths) {
        int n = (int) points.rows();
        int d = (int) points.columns();
        double logM = Math.log(products.centres());
        double[] scales = new double[bandwidths.length];
        double[] normalisers = new double[bandwidths.length];
        for (int k = 0; k < bandwidths.length; k++) {
            scales[k] = 1 / (2 * bandwidths[k] * bandwidths[k]);
            normalisers[k] = logM + d * (Math.log(bandwidths[k]) + LOG_SQRT_2_PI);
        }
        double[][] result = new double[bandwidths.length][n];
        for (int from = 0; from < n; from += blockRows) {
            int to = Math.min(n, from + blockRows);
            double[][] block = GapLogSumExp.rows(products.partial(points, from, to), scales);
            double[] nearest = block[0];
            double[] squaredNorms = DistanceProducts.squaredNorms(points, from, to);
            for (int k = 0; k < bandwidths.length; k++) {
                for (int i = 0; i < to - from; i++) {
                    double nearestSquared = squaredNorms[i] + nearest[i];
                    result[k][from + i] = -scales[k] * nearestSquared + block[k + 1][i] - normalisers[k];
                }
            }
        }
        return result;
    }

    private static void checkShapes(INDArray centres, INDArray points) {
        if (centres.rank() != 2 || points.rank() != 2 || centres.columns() != points.columns()
                || centres.rows() < 1 || points.rows() < 1) {
            throw new IllegalArgumentException("centres and points must be non-empty matrices with the same number"
                    + " of columns, got " + Arrays.toString(centres.shape()) + " and "
                    + Arrays.toString(points.shape()));
        }
    }

    private static List<Double> logspace(double fromExponent, double toExponent, int count) {
        List<Double> values = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            values.add(Math.pow(10, fromExponent + (toExponent - fromExponent) * k / (count - 1)));
        }
        return List.copyOf(values);
    }

    @Override
    public String toString() {
        return "ParzenEstimator(sigmas=" + Arrays.toString(sigmas) + ", blockRows=" + blockRows
                + ", productType=" + productType + ")";
    }
}
