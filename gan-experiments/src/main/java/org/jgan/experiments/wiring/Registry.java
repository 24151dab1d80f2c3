package org.jgan.experiments.wiring;

import com.google.inject.Inject;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jgan.core.config.ConfigException;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.core.optim.OptimizerFactory;
import org.jgan.experiments.Experiment;
import org.jgan.models.architecture.Architecture;

/**
 * Everything registered by name — losses, model architectures, optimizers and experiments — as the Guice
 * map bindings of every module in the injector (the project's and the user's). Looking up an unknown name
 * fails with the list of known names.
 */
public final class Registry {
    private final SortedMap<String, AdversarialLoss> losses;
    private final SortedMap<String, Architecture> models;
    private final SortedMap<String, OptimizerFactory> optimizers;
    private final SortedMap<String, Experiment> experiments;

    /** Injected with every module's map bindings. */
    @Inject
    public Registry(Map<String, AdversarialLoss> losses, Map<String, Architecture> models,
                    Map<String, OptimizerFactory> optimizers, Map<String, Experiment> experiments) {
        this.losses = new TreeMap<>(losses);
        this.models = new TreeMap<>(models);
        this.optimizers = new TreeMap<>(optimizers);
        this.experiments = new TreeMap<>(experiments);
    }

    /** The loss registered as {@code name}; {@code field} names the setting for the error message. */
    public AdversarialLoss loss(String field, String name) {
        return lookup(losses, field, name);
    }

    /** The architecture registered as {@code name}. */
    public Architecture model(String field, String name) {
        return lookup(models, field, name);
    }

    /** The optimizer registered as {@code name}. */
    public OptimizerFactory optimizer(String field, String name) {
        return lookup(optimizers, field, name);
    }

    /** The experiment registered as {@code name}. */
    public Experiment experiment(String name) {
        return lookup(experiments, "experiment", name);
    }

    /** Every registered loss, by name. */
    public SortedMap<String, AdversarialLoss> losses() {
        return losses;
    }

    /** Every registered architecture, by name. */
    public SortedMap<String, Architecture> models() {
        return models;
    }

    /** Every registered optimizer, by name. */
    public SortedMap<String, OptimizerFactory> optimizers() {
        return optimizers;
    }

    /** Every registered experiment, by name. */
    public SortedMap<String, Experiment> experiments() {
        return experiments;
    }

    private static <T> T lookup(SortedMap<String, T> registered, String field, String name) {
        T value = registered.get(name);
        if (value == null) {
            throw new ConfigException(field, "one of " + String.join(", ", registered.keySet()), name);
        }
        return value;
    }
}
