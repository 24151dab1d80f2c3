package org.jgan.core.train;

import org.jgan.core.config.Check;

/**
 * The training loop's settings.
 *
 * @param batchSize          m, the minibatch size for data and noise
 * @param discriminatorSteps k, discriminator steps per generator step (Algorithm 1); ignored by
 *                           {@link UpdateRule#SIMULTANEOUS}
 * @param rule               alternating (Algorithm 1) or simultaneous (the authors' code)
 */
public record TrainerConfig(int batchSize, int discriminatorSteps, UpdateRule rule) {
    /** Goodfellow et al. used k = 1. */
    public static final int DEFAULT_DISCRIMINATOR_STEPS = 1;
    /** The authors' minibatch size. */
    public static final int DEFAULT_BATCH_SIZE = 100;

    /** Validates the fields. */
    public TrainerConfig {
        Check.atLeast("batch-size", batchSize, 1);
        Check.atLeast("k", discriminatorSteps, 1);
        if (rule == null) {
            throw new org.jgan.core.config.ConfigException("update", "'alternating' or 'simultaneous'", null);
        }
    }
}
