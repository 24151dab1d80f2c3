package org.jgan.core.optim;

/**
 * What an {@link OptimizerFactory} may read: the learning-rate and momentum schedules and Adam's β's.
 * A factory uses what its method needs and ignores the rest.
 *
 * @param learningRate the step size schedule
 * @param momentum     classic momentum μ (SGD), a schedule so that a paper's ramp (Goodfellow et al. 2014:
 *                     0.5 → 0.7) can be followed; a constant schedule otherwise
 * @param beta1        Adam's β1
 * @param beta2        Adam's β2
 */
public record Hyperparameters(Schedule learningRate, Schedule momentum, double beta1, double beta2) {
}
