package org.jgan.experiments.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jgan.experiments.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad arguments to {@code ./gan reproduce} exit with status 2, name the argument, and write nothing. */
class ReproduceCommandTest {
    @Test
    void unknownFlagIsRejectedBeforeAnythingIsWritten(@TempDir Path dir) {
        Path out = dir.resolve("suite");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(List.of("reproduce", "--quik", "--out", out.toString()), System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--quik").contains("--quick");
        assertThat(out).doesNotExist();
    }

    @Test
    void nonEmptyOutputDirectoryIsRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("report.md"), "precious");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(List.of("reproduce", "--quick", "--out", dir.toString()), System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--out");
        assertThat(Files.readString(dir.resolve("report.md"))).isEqualTo("precious");
    }
}
