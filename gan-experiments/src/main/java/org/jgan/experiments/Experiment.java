package org.jgan.experiments;

import java.util.List;
import org.jgan.experiments.config.Setting;

/**
 * A runnable experiment, registered by name in {@link org.jgan.experiments.wiring.ExperimentsModule} and
 * started by {@code ./gan run NAME}.
 *
 * <p>A run is a pure function of its configuration and seed and writes only into its run directory
 * (config.json, provenance.json, metrics.csv, summary.json, report.md, plots/, checkpoints/), so many runs can
 * later be scheduled side by side, e.g. as one Spark job. An experiment that trains supports
 * {@code ./gan resume DIR} by restoring the last checkpoint in {@link RunContext#resuming()} mode, and may let a
 * resume train longer ({@link #lengthSettings()}) and a fork change how training goes on ({@link #forkSettings()}).
 */
public interface Experiment {
    /** One line for {@code ./gan list}. */
    String description();

    /** Every key the experiment reads, with defaults; {@code --help} prints them. */
    List<Setting<?>> settings();

    /**
     * Checks what the settings alone cannot (e.g. that a data set is present) before anything is written;
     * throws {@link org.jgan.core.config.ConfigException} naming the field. Registered names and specs are
     * already checked.
     */
    default void check(org.jgan.experiments.config.Config config, org.jgan.experiments.wiring.Registry registry) {
    }

    /**
     * The settings that {@code ./gan resume DIR --set key=value} may raise: the length of training. A run whose
     * length is raised continues from its last checkpoint and ends as a run started with the larger value would,
     * so nothing else the experiment does may depend on these values. None by default.
     */
    default List<Setting<Long>> lengthSettings() {
        return List.of();
    }

    /**
     * The settings that {@code ./gan fork DIR --set key=value} may change: how training goes on from a checkpoint
     * (learning rate, schedules, the loss, the length), never what is trained (the model, the data, the noise, the
     * number type) or what a checkpoint's shapes depend on. None by default: such runs cannot be forked.
     */
    default List<Setting<?>> forkSettings() {
        return List.of();
    }

    /** Runs the experiment, writing its results through {@code context}. */
    void run(RunContext context) throws Exception;
}
