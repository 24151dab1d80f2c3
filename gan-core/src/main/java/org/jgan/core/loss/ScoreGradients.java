package org.jgan.core.loss;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The discriminator's loss on one batch and its gradient with respect to the raw scores.
 *
 * @param value        the loss value to minimise (mean over the batch)
 * @param realGradient dL/ds for the real scores, same shape as they are
 * @param fakeGradient dL/ds for the fake scores, same shape as they are
 */
public record ScoreGradients(double value, INDArray realGradient, INDArray fakeGradient) {
}
