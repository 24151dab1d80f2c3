package org.jgan.core.loss;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The generator's loss on one batch and its gradient with respect to the fake scores.
 *
 * @param value    the loss value to minimise (mean over the batch)
 * @param gradient dL/ds, same shape as the fake scores
 */
public record ScoreGradient(double value, INDArray gradient) {
}
