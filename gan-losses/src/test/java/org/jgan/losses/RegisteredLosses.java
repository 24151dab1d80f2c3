package org.jgan.losses;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.OptionalBinder;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.losses.fgan.GeneratorObjective;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The losses the Guice registry holds, for tests that must run over every one of them: whatever a module
 * registers is checked with no new test.
 */
public final class RegisteredLosses {
    private RegisteredLosses() {
    }

    /** The registry an injector built from {@code modules} holds, by name. */
    public static Map<String, AdversarialLoss> registry(Module... modules) {
        return new TreeMap<>(Guice.createInjector(modules)
                .getInstance(Key.get(new TypeLiteral<Map<String, AdversarialLoss>>() { })));
    }

    /** {@link LossesModule} with the f-GAN generator objective set to {@code objective}. */
    public static Module withObjective(GeneratorObjective objective) {
        return new AbstractModule() {
            @Override
            protected void configure() {
                install(new LossesModule());
                OptionalBinder.newOptionalBinder(binder(), GeneratorObjective.class).setBinding()
                        .toInstance(objective);
            }
        };
    }

    /**
     * (name, loss) for every registered loss under the default configuration, plus every loss that a
     * {@link GeneratorObjective#SADDLE} generator changes (told apart by {@code toString()}).
     */
    public static Stream<Arguments> everyConfiguration() {
        Map<String, AdversarialLoss> defaults = registry(new LossesModule());
        Set<String> seen = defaults.values().stream().map(Object::toString).collect(Collectors.toSet());
        Stream<Arguments> saddle = registry(withObjective(GeneratorObjective.SADDLE)).entrySet().stream()
                .filter(e -> !seen.contains(e.getValue().toString()))
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
        return Stream.concat(defaults.entrySet().stream()
                .map(e -> Arguments.of(e.getKey(), e.getValue())), saddle);
    }
}
