package org.jgan.experiments.userloss;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jgan.experiments.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A loss in the user's own class and module trains through {@code --set modules=...} with no change here. */
class UserLossModuleTest {
    @Test
    void aUserModuleAddsALossThatTrains(@TempDir Path dir) {
        Path out = dir.resolve("run");
        int status = Main.run(List.of("run", "toy-1d", "--out", out.toString(), "--set",
                "modules=" + UserLossModule.class.getName(), "--set", "loss=" + ScaledNonSaturatingLoss.NAME,
                "--set", "iterations=100", "--set", "log-every=50"), System.out, System.err);
        assertThat(status).isZero();
        assertThat(out.resolve("config.json")).content().contains(UserLossModule.class.getName());
    }

    @Test
    void withoutTheModuleTheNameIsUnknown(@TempDir Path dir) {
        int status = Main.run(List.of("run", "toy-1d", "--out", dir.resolve("run").toString(), "--set",
                "loss=" + ScaledNonSaturatingLoss.NAME), System.out, System.err);
        assertThat(status).isEqualTo(Main.BAD_INPUT);
    }

    @Test
    void aModuleThatIsNotOnTheClasspathIsBadInput(@TempDir Path dir) {
        int status = Main.run(List.of("run", "toy-1d", "--out", dir.resolve("run").toString(), "--set",
                "modules=com.example.Missing"), System.out, System.err);
        assertThat(status).isEqualTo(Main.BAD_INPUT);
    }
}
