package org.jgan.experiments.mixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jgan.experiments.cli.Main;
import org.jgan.experiments.run.RunDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * mixture-2d on a tiny configuration (two seeds of a few iterations): the run directory holds one complete sub-run
 * per seed, the summary aggregates exactly what the seeds report, and a resumed run ends byte-identical.
 */
class Mixture2dExperimentTest {
    private static final List<String> TINY = List.of("--seed", "3", "--set", "seeds=2", "--set", "iterations=20",
            "--set", "log-every=10", "--set", "checkpoint-every=10", "--set", "data=grid(5,2,0.05)");

    @TempDir
    static Path shared;
    private static Path run;

    @BeforeAll
    static void runTiny() {
        run = shared.resolve("tiny");
        assertThat(gan(command(run))).isZero();
    }

    private static List<String> command(Path out) {
        List<String> args = new ArrayList<>(List.of("run", Mixture2dExperiment.NAME, "--out", out.toString()));
        args.addAll(TINY);
        return args;
    }

    private static int gan(List<String> args) {
        return Main.run(args, System.out, System.err);
    }

    @Test
    void everySeedIsACompleteSubRunWithItsOwnMetrics() throws Exception {
        for (int i = 0; i < 2; i++) {
            Path seed = run.resolve("seed-" + i);
            List<String> metrics = Files.readAllLines(seed.resolve(RunDirectory.METRICS));
            assertThat(metrics.get(0)).isEqualTo("iteration,d_loss,g_loss,divergence_estimate,modes_captured,"
                    + "high_quality_percent");
            assertThat(metrics.stream().skip(1).map(l -> l.substring(0, l.indexOf(',')))).containsExactly("0", "10",
                    "20");
            assertThat(seed.resolve(RunDirectory.SUMMARY)).exists();
            assertThat(seed.resolve("plots/samples.png")).isNotEmptyFile();
            assertThat(Files.readAllLines(seed.resolve("plots/samples.csv"))).hasSize(1 + 2500);
            assertThat(seed.resolve("checkpoints/latest.ckpt")).exists();
        }
        assertThat(run.resolve("plots/samples.png")).isNotEmptyFile();
        assertThat(run.resolve("plots/modes.png")).isNotEmptyFile();
        assertThat(run.resolve(RunDirectory.REPORT)).content().contains("17.3 ± 0.8").contains("seed-N");
    }

    @Test
    void summaryIsTheMeanAndSampleStdOfTheSeeds() {
        RunDirectory dir = new RunDirectory(run);
        Map<String, Object> summary = dir.readJson(RunDirectory.SUMMARY);
        assertThat(summary).containsKeys("modes_mean", "modes_std", "hq_mean", "hq_std");
        Map<String, Object> s0 = new RunDirectory(run.resolve("seed-0")).readJson(RunDirectory.SUMMARY);
        Map<String, Object> s1 = new RunDirectory(run.resolve("seed-1")).readJson(RunDirectory.SUMMARY);
        assertThat(s0.get("seed")).isNotEqualTo(s1.get("seed"));
        double m0 = number(s0, "modes_captured");
        double m1 = number(s1, "modes_captured");
        double h0 = number(s0, "high_quality_percent");
        double h1 = number(s1, "high_quality_percent");
        // Two values: mean (a + b)/2 and sample std |a − b|/√2; the tolerance is rounding in the last bits.
        assertThat(number(summary, "modes_mean")).isCloseTo((m0 + m1) / 2, within(1e-12));
        assertThat(number(summary, "modes_std")).isCloseTo(Math.abs(m0 - m1) / Math.sqrt(2), within(1e-12));
        assertThat(number(summary, "hq_mean")).isCloseTo((h0 + h1) / 2, within(1e-12));
        assertThat(number(summary, "hq_std")).isCloseTo(Math.abs(h0 - h1) / Math.sqrt(2), within(1e-12));
        assertThat(summary.get("modes")).isEqualTo(25);
        assertThat(summary.get("seeds")).isEqualTo(2);
    }

    @Test
    void seedsCsvHasOneRowPerSeed() throws Exception {
        assertThat(Files.readAllLines(run.resolve(Mixture2dExperiment.SEEDS_CSV)))
                .hasSize(3).first().isEqualTo("seed_index,seed,modes_captured,high_quality_percent");
    }

    @Test
    void resumedRunTrainsOnlyTheMissingSeedsAndEndsByteIdentical(@TempDir Path dir) throws Exception {
        Path resumed = dir.resolve("resumed");
        assertThat(gan(command(resumed))).isZero();
        // As if killed before seed 1 started: its directory and the run's results not yet written.
        deleteTree(resumed.resolve("seed-1"));
        Files.delete(resumed.resolve(RunDirectory.SUMMARY));
        FileTime seed0 = Files.getLastModifiedTime(resumed.resolve("seed-0/summary.json"));
        assertThat(gan(List.of("resume", resumed.toString()))).isZero();
        assertThat(Files.getLastModifiedTime(resumed.resolve("seed-0/summary.json"))).isEqualTo(seed0);
        for (String file : List.of(RunDirectory.SUMMARY, RunDirectory.METRICS, Mixture2dExperiment.SEEDS_CSV,
                "seed-1/metrics.csv", "seed-1/plots/samples.csv")) {
            assertThat(Files.readAllBytes(resumed.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(run.resolve(file)));
        }
    }

    private static void deleteTree(Path root) throws Exception {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void aDistributionWithoutKnownModesIsRejectedNamingTheField(@TempDir Path dir) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(List.of("run", Mixture2dExperiment.NAME, "--out", dir.resolve("r").toString(), "--set",
                "data=normal(0,1)"), System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("data").contains("known modes");
        assertThat(dir.resolve("r")).doesNotExist();
    }

    private static double number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }
}
