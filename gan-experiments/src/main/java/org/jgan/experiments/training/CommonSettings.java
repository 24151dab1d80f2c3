package org.jgan.experiments.training;

import java.util.Arrays;
import java.util.List;
import org.jgan.experiments.config.Setting;

/**
 * Settings every experiment accepts, and factories for the training settings that experiments share with
 * their own defaults (an experiment lists the ones it reads; {@code ./gan run NAME --help} prints them).
 */
public final class CommonSettings {
    /** The run's single seed; every random stream derives from it. */
    public static final Setting<Long> SEED = Setting.integer("seed", 0, Long.MIN_VALUE,
            "the run's seed; data, noise, initialisation and dropout streams derive from it");
    /** User Guice modules adding losses, models or experiments. */
    public static final Setting<String> MODULES = new Setting<>("modules", "", "comma-separated class names",
            "extra Guice modules (classes on the classpath) that register losses, models or experiments",
            text -> text);

    /** The key of {@link #fganGenerator}; the wiring reads it to bind the objective for the run. */
    public static final String FGAN_GENERATOR_KEY = "fgan-generator";

    private CommonSettings() {
    }

    /** The settings every experiment has. */
    public static List<Setting<?>> common() {
        return List.of(SEED, MODULES);
    }

    /** The user module class names of a {@link #MODULES} value. */
    public static List<String> moduleClasses(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** Generator updates to run. */
    public static Setting<Long> iterations(long defaultValue) {
        return Setting.integer("iterations", defaultValue, 0, "generator updates to run (training stops after N)");
    }

    /** The adversarial loss, by registered name. */
    public static Setting<String> loss(String defaultValue) {
        return Setting.text("loss", defaultValue, "a registered loss name (./gan list)", "the adversarial loss")
                .referring(Setting.Reference.LOSS);
    }

    /** The architecture, by registered name. */
    public static Setting<String> model(String defaultValue) {
        return Setting.text("model", defaultValue, "a registered model name (./gan list)",
                "the generator/discriminator architecture").referring(Setting.Reference.MODEL);
    }

    /** The optimizer of both networks, by registered name. */
    public static Setting<String> optimizer(String defaultValue) {
        return Setting.text("optimizer", defaultValue, "a registered optimizer name (./gan list)",
                "the optimizer of G and D").referring(Setting.Reference.OPTIMIZER);
    }

    /** The learning rate of both networks. */
    public static Setting<Double> learningRate(double defaultValue) {
        return Setting.positive("learning-rate", defaultValue, "the learning rate of G and D");
    }

    /** SGD's momentum. */
    public static Setting<Double> momentum(double defaultValue) {
        return Setting.number("momentum", defaultValue, 0, true, 1, "SGD's classic momentum");
    }

    /** Adam's β1. */
    public static Setting<Double> beta1(double defaultValue) {
        return Setting.number("beta1", defaultValue, 0, true, 1, "Adam's beta1");
    }

    /** Adam's β2. */
    public static Setting<Double> beta2(double defaultValue) {
        return Setting.number("beta2", defaultValue, 0, true, 1, "Adam's beta2");
    }

    /** The minibatch size m. */
    public static Setting<Long> batchSize(long defaultValue) {
        return Setting.integer("batch-size", defaultValue, 1, "minibatch size m for data and noise");
    }

    /** Discriminator steps per generator step. */
    public static Setting<Long> k(long defaultValue) {
        return Setting.integer("k", defaultValue, 1, "discriminator steps per generator step (Algorithm 1)");
    }

    /** The update rule. */
    public static Setting<String> update(String defaultValue) {
        return Setting.choice("update", defaultValue, List.of("alternating", "simultaneous"),
                "alternating: Algorithm 1; simultaneous: one batch, D and G updated together (the authors' code)");
    }

    /** The f-GAN generator's objective (ignored by losses that are not f-GAN rows). */
    public static Setting<String> fganGenerator(String defaultValue) {
        return Setting.choice(FGAN_GENERATOR_KEY, defaultValue, List.of("practical", "saddle"),
                "f-GAN generator objective: practical -E_Q[g_f(V)] or saddle -E_Q[f*(g_f(V))] (Nowozin et al. 2016)");
    }

    /** The training data type. */
    public static Setting<String> dtype(String defaultValue) {
        return Setting.choice("dtype", defaultValue, List.of("float", "double"), "floating-point type of training");
    }

    /** Iterations between metric rows. */
    public static Setting<Long> logEvery(long defaultValue) {
        return Setting.integer("log-every", defaultValue, 1, "iterations between rows of metrics.csv");
    }

    /** Iterations between checkpoints. */
    public static Setting<Long> checkpointEvery(long defaultValue) {
        return Setting.integer("checkpoint-every", defaultValue, 1, "iterations between checkpoints");
    }

    /** A spec of a distribution on the real line. */
    public static Setting<String> univariateDistribution(String key, String defaultValue, String description) {
        return Setting.text(key, defaultValue,
                "a 1-D distribution spec: normal(m,s), uniform(a,b), laplace(m,b) or mixture(w:SPEC,...)",
                description).referring(Setting.Reference.UNIVARIATE_DISTRIBUTION);
    }

    /** A spec of a distribution of any dimension. */
    public static Setting<String> distribution(String key, String defaultValue, String description) {
        return Setting.text(key, defaultValue, "a distribution spec: a 1-D one, ring(modes,radius,std) or "
                + "grid(modes-per-side,spacing,std)", description).referring(Setting.Reference.DISTRIBUTION);
    }
}
