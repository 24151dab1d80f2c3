package org.jgan.experiments.wiring;

import com.google.inject.Guice;
import com.google.inject.Module;
import java.util.ArrayList;
import java.util.List;
import org.jgan.core.config.ConfigException;
import org.jgan.core.optim.OptimizersModule;
import com.google.inject.multibindings.OptionalBinder;
import org.jgan.losses.LossesModule;
import org.jgan.losses.fgan.GeneratorObjective;
import org.jgan.models.ModelsModule;

/**
 * The one place an injector is made. The project's modules register losses, models, optimizers and
 * experiments by name; a user's own modules, named by class (setting {@code modules}), add more without
 * touching this code.
 */
public final class Wiring {
    private Wiring() {
    }

    /**
     * The registry of the project's modules plus the user's.
     *
     * @param userModuleClasses fully qualified names of classes implementing {@link Module} with a public
     *                          no-argument constructor; may be empty
     * @param runModules        bindings specific to one run (e.g. a loss option chosen by its config)
     */
    public static Registry registry(List<String> userModuleClasses, Module... runModules) {
        List<Module> modules = new ArrayList<>(List.of(new LossesModule(), new ModelsModule(),
                new OptimizersModule(), new ExperimentsModule()));
        for (String className : userModuleClasses) {
            modules.add(instantiate(className));
        }
        modules.addAll(List.of(runModules));
        try {
            return Guice.createInjector(modules).getInstance(Registry.class);
        } catch (com.google.inject.CreationException e) {
            throw ConfigException.withMessage("modules", "could not be wired: " + e.getErrorMessages().iterator()
                    .next().getMessage());
        }
    }

    /** A run module choosing the f-GAN generator objective. */
    public static Module generatorObjective(GeneratorObjective objective) {
        return binder -> OptionalBinder.newOptionalBinder(binder, GeneratorObjective.class).setBinding()
                .toInstance(objective);
    }

    private static Module instantiate(String className) {
        try {
            Object module = Class.forName(className).getDeclaredConstructor().newInstance();
            if (module instanceof Module guiceModule) {
                return guiceModule;
            }
            throw new ConfigException("modules", "a class implementing com.google.inject.Module", className);
        } catch (ReflectiveOperationException e) {
            throw new ConfigException("modules",
                    "a Guice module class on the classpath with a public no-argument constructor", className);
        }
    }
}
