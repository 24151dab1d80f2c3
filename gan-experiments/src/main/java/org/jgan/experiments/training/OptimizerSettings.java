package org.jgan.experiments.training;

import java.util.List;
import org.jgan.core.optim.Hyperparameters;
import org.jgan.core.optim.Optimizer;
import org.jgan.core.optim.Schedule;
import org.jgan.experiments.RunContext;
import org.jgan.experiments.config.Config;
import org.jgan.experiments.config.Setting;

/**
 * The optimizer settings an experiment declares, with its own defaults, and the optimizer they make.
 *
 * @param optimizer    registered optimizer name
 * @param learningRate constant learning rate
 * @param momentum     SGD momentum
 * @param beta1        Adam's β1
 * @param beta2        Adam's β2
 * @param decayTo      the fraction of the learning rate reached, linearly, at the last step (1: constant)
 */
public record OptimizerSettings(Setting<String> optimizer, Setting<Double> learningRate, Setting<Double> momentum,
                                Setting<Double> beta1, Setting<Double> beta2, Setting<Double> decayTo) {

    /** Settings with the given defaults. */
    public static OptimizerSettings defaults(String optimizer, double learningRate, double momentum, double beta1,
                                             double beta2, double decayTo) {
        return new OptimizerSettings(CommonSettings.optimizer(optimizer), CommonSettings.learningRate(learningRate),
                CommonSettings.momentum(momentum), CommonSettings.beta1(beta1), CommonSettings.beta2(beta2),
                Setting.number("lr-decay-to", decayTo, 0, true, 1, "fraction of the learning rate reached, "
                        + "linearly, at the last update (1 keeps it constant; decaying steps let the players settle)"));
    }

    /** The settings, for an experiment's list. */
    public List<Setting<?>> list() {
        return List.of(optimizer, learningRate, momentum, beta1, beta2, decayTo);
    }

    /**
     * A fresh optimizer configured by the run's config.
     *
     * @param updates how many updates this optimizer will make (the decay's horizon)
     */
    public Optimizer create(RunContext context, long updates) {
        Config config = context.config();
        double rate = config.get(learningRate);
        Schedule schedule = Schedule.linear(rate, rate * config.get(decayTo), 0, Math.max(updates, 1));
        return context.registry().optimizer(optimizer.key(), config.get(optimizer)).create(new Hyperparameters(
                schedule, Schedule.constant(config.get(momentum)), config.get(beta1), config.get(beta2)));
    }
}
