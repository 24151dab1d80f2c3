package org.jgan.experiments.mnist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.jgan.core.config.ConfigException;
import org.jgan.core.random.RandomStreams;
import org.jgan.core.train.NoisePrior;
import org.jgan.experiments.cli.Runs;
import org.jgan.experiments.config.Config;
import org.jgan.experiments.data.KnownDataset;
import org.jgan.experiments.data.SharedData;
import org.jgan.experiments.wiring.Wiring;
import org.junit.jupiter.api.Test;

/** The {@code noise} setting chooses p_z of the training (and so of every evaluation built from it). */
class MnistNoiseSettingTest {
    private static Config config(Map<String, String> settings) {
        return Config.resolve(Runs.settingsOf(new MnistExperiment()), settings);
    }

    @Test
    void theDefaultIsTheReleasedConfigsUniformAndNormalIsTheStandardNormal() {
        RandomStreams random = new RandomStreams(3);
        var data = SharedData.load(KnownDataset.MNIST);
        MnistTraining uniform = MnistTraining.create(config(Map.of()), Wiring.registry(List.of()), random, data);
        MnistTraining normal = MnistTraining.create(config(Map.of("noise", "normal")), Wiring.registry(List.of()),
                random, data);
        assertThat(uniform.networks().prior()).isEqualTo(NoisePrior.uniform(100, -Math.sqrt(3), Math.sqrt(3)));
        assertThat(normal.networks().prior()).isEqualTo(NoisePrior.normal(100, 0, 1));
        assertThat(normal.trainer().toString()).contains("prior=normal(0.0,1.0)^100");
    }

    @Test
    void aNoiseNotOnTheListIsBadInputNamingTheSetting() {
        assertThatThrownBy(() -> config(Map.of("noise", "gaussian")))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.field()).isEqualTo("noise"))
                .hasMessageContaining("uniform, normal");
    }
}
