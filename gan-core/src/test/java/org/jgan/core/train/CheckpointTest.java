package org.jgan.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jgan.core.config.ConfigException;
import org.jgan.core.optim.GradientTransforms;
import org.jgan.core.optim.Optimizer;
import org.jgan.core.optim.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

class CheckpointTest {
    private static Optimizer momentum() {
        return Optimizer.chain("sgd", GradientTransforms.descend(Schedule.constant(0.1)),
                GradientTransforms.trace(Schedule.constant(0.5)));
    }

    private static GanState state(double g, double d) {
        return new GanState(new FixedNetwork(DataType.FLOAT, g, g), new FixedNetwork(DataType.FLOAT, d),
                momentum(), momentum());
    }

    @Test
    void restoresParametersOptimizerStateAndCounters(@TempDir Path dir) {
        GanState saved = state(1, 2);
        ((FixedNetwork) saved.discriminator()).setGradients(new double[] {4});
        saved.discriminatorOptimizer().step(saved.discriminator(), 0);
        saved.restoreCounters(17, 34);
        Path file = dir.resolve("latest.ckpt");
        Checkpoint.save(saved, file);

        GanState restored = state(0, 0);
        Checkpoint.restore(restored, file);
        assertThat(restored.iteration()).isEqualTo(17);
        assertThat(restored.discriminatorUpdates()).isEqualTo(34);
        for (int i = 0; i < saved.arrays().size(); i++) {
            assertThat(restored.arrays().get(i).toDoubleVector()).containsExactly(saved.arrays().get(i).toDoubleVector());
        }
        assertThat(Files.exists(dir.resolve("latest.ckpt.tmp"))).isFalse();
    }

    @Test
    void refusesACheckpointOfAnotherShape(@TempDir Path dir) {
        Path file = dir.resolve("latest.ckpt");
        Checkpoint.save(state(1, 2), file);
        GanState bigger = new GanState(new FixedNetwork(DataType.FLOAT, 1, 2, 3), new FixedNetwork(DataType.FLOAT, 1),
                momentum(), momentum());
        assertThatThrownBy(() -> Checkpoint.restore(bigger, file)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("values");
    }

    @Test
    void refusesAFileThatIsNotACheckpoint(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("junk.ckpt"), "not a checkpoint");
        assertThatThrownBy(() -> Checkpoint.restore(state(0, 0), file)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("not a jgan checkpoint");
    }
}
