package org.jgan.core.optim;

/**
 * Builds an {@link Optimizer} from hyperparameters; registered by name in {@link OptimizersModule} so a config
 * value ({@code optimizer=adam}) selects one.
 */
@FunctionalInterface
public interface OptimizerFactory {
    /** A fresh optimizer (its state is allocated on first use). */
    Optimizer create(Hyperparameters hyperparameters);
}
