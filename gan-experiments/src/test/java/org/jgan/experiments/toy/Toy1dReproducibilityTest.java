package org.jgan.experiments.toy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jgan.experiments.cli.Main;
import org.jgan.experiments.run.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run is a pure function of its configuration and seed: the same command twice gives byte-identical
 * metrics.csv and summary.json, and a run killed with SIGKILL and resumed ends exactly as the uninterrupted one.
 */
class Toy1dReproducibilityTest {
    private static final List<String> SHORT_RUN = List.of("--seed", "7", "--set", "iterations=400", "--set",
            "log-every=50", "--set", "checkpoint-every=25");

    private static int gan(List<String> args) {
        return Main.run(args, System.out, System.err);
    }

    private static List<String> run(Path out) {
        List<String> args = new ArrayList<>(List.of("run", "toy-1d", "--out", out.toString()));
        args.addAll(SHORT_RUN);
        return args;
    }

    @Test
    void sameSeedAndConfigGiveByteIdenticalResults(@TempDir Path dir) throws Exception {
        assertThat(gan(run(dir.resolve("a")))).isZero();
        assertThat(gan(run(dir.resolve("b")))).isZero();
        for (String file : List.of(RunDirectory.METRICS, RunDirectory.SUMMARY)) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(file)))
                    .as(file).isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
        }
        assertThat(dir.resolve("a/plots/figure1.png")).isNotEmptyFile();
        assertThat(dir.resolve("a/report.md")).content().contains("jsd_final");
    }

    @Test
    void runKilledMidwayAndResumedEndsLikeTheUninterruptedRun(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole");
        assertThat(gan(run(whole))).isZero();

        Path interrupted = dir.resolve("interrupted");
        // The child is this JVM again: same options (the native build among them, which a resume checks), same classes.
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(run(interrupted));
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile()).start();
        Path metrics = interrupted.resolve(RunDirectory.METRICS);
        // Kill once training is past its first checkpoints but before the end (at least 3 rows logged).
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (child.isAlive() && rows(metrics) < 4 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(child.isAlive()).as("child still training when killed (see child.log)").isTrue();
        child.destroyForcibly().waitFor();
        assertThat(interrupted.resolve(RunDirectory.SUMMARY)).doesNotExist();

        assertThat(gan(List.of("resume", interrupted.toString()))).isZero();
        for (String file : List.of(RunDirectory.METRICS, RunDirectory.SUMMARY)) {
            assertThat(Files.readAllBytes(interrupted.resolve(file)))
                    .as(file).isEqualTo(Files.readAllBytes(whole.resolve(file)));
        }
    }

    private static long rows(Path metrics) throws Exception {
        return Files.exists(metrics) ? Files.readAllLines(metrics).size() : 0;
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
