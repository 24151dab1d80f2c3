package org.jgan.core.train;

/**
 * What one training iteration measured, handed to {@link TrainingListener}s.
 *
 * @param iteration          the number of generator updates done so far (1 after the first iteration)
 * @param discriminatorLoss  the discriminator's loss in the last discriminator step, before its update
 * @param generatorLoss      the generator's loss in the generator step, before its update
 * @param divergenceEstimate the loss's batch estimate of its divergence (NaN if it claims none)
 */
public record StepReport(long iteration, double discriminatorLoss, double generatorLoss,
                         double divergenceEstimate) {
}
