package org.jgan.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input never shows a stack trace: it exits with status 2, the message names the field and what was
 * expected, and nothing is written — neither into an existing run directory nor as a new one.
 */
class BadInputTest {
    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of(List.of("--set", "loss=no-such-loss"), "loss", "one of"),
                Arguments.of(List.of("--set", "k=0"), "k", "an integer >= 1"),
                Arguments.of(List.of("--set", "learning-rate=-0.1"), "learning-rate", "a number > 0"),
                Arguments.of(List.of("--set", "no-such-key=1"), "no-such-key", "a known setting"),
                Arguments.of(List.of("--set", "iterations=ten"), "iterations", "an integer"),
                Arguments.of(List.of("--set", "data=normal(0,)"), "data", "expected a number"),
                Arguments.of(List.of("--set", "data=ring(8,1,0.01)"), "data", "1-D"),
                Arguments.of(List.of("--set", "model=no-such-model"), "model", "mlp-1d"),
                Arguments.of(List.of("--seed"), "--seed", "an integer seed"),
                Arguments.of(List.of("--bogus"), "--bogus", "one of --seed"));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void rejectedWithStatusTwoAndTheFieldNamedAndNothingWritten(List<String> flags, String field, String expected,
                                                                @TempDir Path dir) throws Exception {
        Path existing = dir.resolve("existing-run");
        Files.createDirectories(existing);
        Files.writeString(existing.resolve("keep.txt"), "untouched");
        Path fresh = dir.resolve("fresh-run");

        for (Path out : List.of(existing, fresh)) {
            List<String> args = new ArrayList<>(List.of("run", "toy-1d", "--out", out.toString()));
            args.addAll(flags);
            Outcome outcome = Outcome.of(args);
            assertThat(outcome.status).isEqualTo(Main.BAD_INPUT);
            assertThat(outcome.err).startsWith("error: ").contains(field).contains(expected)
                    .doesNotContain("Exception").doesNotContain("\tat ");
        }
        try (Stream<Path> files = Files.list(existing)) {
            assertThat(files).containsExactly(existing.resolve("keep.txt"));
        }
        assertThat(Files.readString(existing.resolve("keep.txt"))).isEqualTo("untouched");
        assertThat(fresh).doesNotExist();
    }

    @org.junit.jupiter.api.Test
    void malformedConfigFileNamesTheFileAndPosition(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("bad.json"), "{\"loss\": \"minimax\",, }");
        Outcome outcome = Outcome.of(List.of("run", "toy-1d", "--config", config.toString(), "--out",
                dir.resolve("run").toString()));
        assertThat(outcome.status).isEqualTo(Main.BAD_INPUT);
        assertThat(outcome.err).contains("bad.json").contains("not valid JSON").contains("line 1");
        assertThat(dir.resolve("run")).doesNotExist();
    }

    @org.junit.jupiter.api.Test
    void existingRunDirectoryIsNotOverwritten(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("metrics.csv"), "precious");
        Outcome outcome = Outcome.of(List.of("run", "toy-1d", "--out", dir.toString()));
        assertThat(outcome.status).isEqualTo(Main.BAD_INPUT);
        assertThat(outcome.err).contains("--out").contains("resume");
        assertThat(Files.readString(dir.resolve("metrics.csv"))).isEqualTo("precious");
    }

    @org.junit.jupiter.api.Test
    void unknownCommandAndResumeOfANonRunAreBadInput(@TempDir Path dir) {
        assertThat(Outcome.of(List.of("frobnicate")).status).isEqualTo(Main.BAD_INPUT);
        Outcome resume = Outcome.of(List.of("resume", dir.toString()));
        assertThat(resume.status).isEqualTo(Main.BAD_INPUT);
        assertThat(resume.err).contains("not a run directory");
    }

    /** A resume under other thread settings, or of a run whose provenance lacks one, would not continue its bits. */
    @org.junit.jupiter.api.Test
    void resumeRefusesOtherOrUnrecordedMachineSettings(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        assertThat(Outcome.of(List.of("run", "toy-1d", "--out", run.toString(), "--set", "iterations=200")).status)
                .isZero();
        Path provenance = run.resolve("provenance.json");
        String recorded = Files.readString(provenance);
        String metrics = Files.readString(run.resolve("metrics.csv"));

        Files.writeString(provenance, recorded.replaceFirst("\"blas_threads\" : \\d+", "\"blas_threads\" : 99"));
        Outcome otherThreads = Outcome.of(List.of("resume", run.toString()));
        assertThat(otherThreads.status).isEqualTo(Main.BAD_INPUT);
        assertThat(otherThreads.err).contains("blas_threads").contains("99 as when the run started")
                .contains("JGAN_THREADS");

        Files.writeString(provenance, recorded.replaceFirst("\\s*\"openblas_threads\" : \\d+,", ""));
        Outcome unrecorded = Outcome.of(List.of("resume", run.toString()));
        assertThat(unrecorded.status).isEqualTo(Main.BAD_INPUT);
        assertThat(unrecorded.err).contains("openblas_threads").contains("older jgan").contains("./gan fork");

        assertThat(Files.readString(run.resolve("metrics.csv"))).isEqualTo(metrics);
    }

    /** What a command printed and returned. */
    record Outcome(int status, String out, String err) {
        static Outcome of(List<String> args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
