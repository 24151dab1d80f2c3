package org.jgan.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.util.Map;
import org.jgan.core.config.ConfigException;
import org.jgan.models.architecture.Architecture;
import org.jgan.models.architecture.GanNetworks;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class ModelsModuleTest {
    /** The data dimensions the registered architectures are meant for; each must take exactly one of them. */
    private static final int[] DIMENSIONS = {1, 2, 784};

    private static Map<String, Architecture> registered() {
        return Guice.createInjector(new ModelsModule())
                .getInstance(Key.get(new TypeLiteral<Map<String, Architecture>>() { }));
    }

    @Test
    void registersThePapersModelsAndTheToysByName() {
        assertThat(registered()).containsOnlyKeys("mlp-1d", "mlp-2d", "goodfellow2014-mnist", "relu-mnist");
    }

    @Test
    void everyRegisteredArchitectureBuildsForExactlyOneDataDimension() {
        registered().forEach((name, architecture) -> {
            int built = 0;
            for (int dimension : DIMENSIONS) {
                try {
                    GanNetworks networks = architecture.build(dimension, DataType.FLOAT);
                    assertThat(networks.discriminator().inputSize()).as(name).isEqualTo(dimension);
                    assertThat(networks.generator().outputSize()).as(name).isEqualTo(dimension);
                    built++;
                } catch (ConfigException e) {
                    assertThat(e.field()).as(name).isEqualTo("model");
                }
            }
            assertThat(built).as(name).isEqualTo(1);
            assertThat(architecture.description()).as(name).isNotBlank();
            assertThat(architecture.toString()).as(name).startsWith(name);
        });
    }
}
