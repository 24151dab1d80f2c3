package org.jgan.models.init;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Fills a parameter array in place from a seed: a weight matrix {@code [fanIn, fanOut]} (y = xW) or a bias
 * row {@code [1, fanOut]}. The result must be a pure function of the seed and the shape.
 */
public interface Initialiser {
    /**
     * @param target the view to overwrite; for weights, rows are inputs and columns outputs
     * @param seed   the seed of this array's draw
     */
    void fill(INDArray target, long seed);
}
