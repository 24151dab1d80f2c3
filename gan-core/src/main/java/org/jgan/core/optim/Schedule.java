package org.jgan.core.optim;

import org.jgan.core.config.Check;

/**
 * A hyperparameter as a function of the update step (0-based): learning rates and momenta.
 *
 * <p>Schedules are stateless, so a resumed run recomputes them from the step count alone. Compose them
 * with the factories below, e.g. Goodfellow et al.'s MNIST learning rate
 * {@code Schedule.exponentialDecay(0.1, 1.000004, 1e-6)} and momentum
 * {@code Schedule.linear(0.5, 0.7, 0, 249).perEpoch(500)}.
 */
@FunctionalInterface
public interface Schedule {
    /** The value at update step {@code step} (0-based). */
    double at(long step);

    /** A constant value. */
    static Schedule constant(double value) {
        return new Schedules.Constant(value);
    }

    /**
     * {@code max(initial / divisor^step, floor)}: pylearn2's ExponentialDecay, which divides the rate by
     * {@code divisor} after every minibatch and never goes below {@code floor}.
     */
    static Schedule exponentialDecay(double initial, double divisor, double floor) {
        return new Schedules.ExponentialDecay(Check.positive("learning rate", initial),
                Check.positive("decay divisor", divisor), Check.nonNegative("learning rate floor", floor));
    }

    /**
     * A linear ramp from {@code start} at time {@code from} to {@code end} at time {@code to}, constant
     * outside (pylearn2's MomentumAdjustor when the time is the epoch).
     */
    static Schedule linear(double start, double end, long from, long to) {
        return new Schedules.Linear(start, end, from, to);
    }

    /** This schedule read in epochs: step s is evaluated at epoch {@code s / stepsPerEpoch}. */
    default Schedule perEpoch(long stepsPerEpoch) {
        Check.atLeast("steps per epoch", stepsPerEpoch, 1);
        return new Schedules.PerEpoch(this, stepsPerEpoch);
    }
}
