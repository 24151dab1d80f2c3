package org.jgan.experiments.cli;

import java.util.List;
import org.jgan.core.distribution.DistributionSpec;
import org.jgan.experiments.Experiment;
import org.jgan.experiments.config.Config;
import org.jgan.experiments.config.Setting;
import org.jgan.experiments.wiring.Registry;

/**
 * Every check that can reject a run, made before anything is written: registered names, distribution specs,
 * and the experiment's own checks. A rejected command leaves the file system as it was.
 */
final class Preflight {
    private Preflight() {
    }

    static void check(Experiment experiment, List<Setting<?>> settings, Config config, Registry registry) {
        for (Setting<?> setting : settings) {
            Object value = config.get(setting);
            switch (setting.reference()) {
                case LOSS -> registry.loss(setting.key(), (String) value);
                case MODEL -> registry.model(setting.key(), (String) value);
                case OPTIMIZER -> registry.optimizer(setting.key(), (String) value);
                case DISTRIBUTION -> DistributionSpec.parse(setting.key(), (String) value);
                case UNIVARIATE_DISTRIBUTION -> DistributionSpec.parseUnivariate(setting.key(), (String) value);
                case NONE -> {
                }
            }
        }
        experiment.check(config, registry);
    }
}
