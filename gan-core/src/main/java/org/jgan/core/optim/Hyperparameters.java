package org.jgan.core.optim;

/**
 * What an {@link OptimizerFactory} may read: the learning-rate and momentum schedules and Adam's β's.
 * A factory uses what its method needs and ignores the rest.
 *
 * @param learningRate the step size schedule
 * @param momentum     classic momentum μ (SGD) — also used as Adam's β1 and RMSProp's decay when those
 *                     are schedules in a paper; constant schedules otherwise
 * @param beta1        Adam's β1
 * @param beta2        Adam's β2
 */
public record Hyperparameters(Schedule learningRate, Schedule momentum, double beta1, double beta2) {
}
