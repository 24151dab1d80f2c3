package org.jgan.experiments;

import java.util.Map;
import org.jgan.core.random.RandomStreams;
import org.jgan.experiments.config.Config;
import org.jgan.experiments.run.Progress;
import org.jgan.experiments.run.RunDirectory;
import org.jgan.experiments.wiring.Registry;

/**
 * What an experiment gets to run with: its resolved configuration, the run directory, the registry of
 * losses, models and optimizers, the seed's random streams, and a progress display.
 *
 * @param config    the effective configuration
 * @param directory where to write; nothing outside it
 * @param registry  losses, models, optimizers and experiments by name
 * @param random    streams derived from the run's seed
 * @param resuming  whether to continue from the directory's checkpoint
 * @param progress  the terminal progress display
 */
public record RunContext(Config config, RunDirectory directory, Registry registry, RandomStreams random,
                         boolean resuming, Progress progress) {
    /** Writes summary.json. Values must be numbers or strings; keys in insertion order. */
    public void writeSummary(Map<String, Object> summary) {
        directory.writeJson(RunDirectory.SUMMARY, summary);
    }
}
