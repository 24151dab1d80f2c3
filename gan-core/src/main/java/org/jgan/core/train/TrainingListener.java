package org.jgan.core.train;

/** Observes training: metrics, progress bars, checkpoints. Listeners must not draw from training's streams. */
@FunctionalInterface
public interface TrainingListener {
    /** Called after every iteration with what it measured. */
    void onIteration(StepReport report);
}
