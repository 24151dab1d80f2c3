package org.jgan.experiments.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jgan.experiments.cli.Main;
import org.jgan.experiments.run.RunDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three theory experiments end to end through the command line, with small budgets: the files of the run
 * directory contract, the summary keys, and what does not depend on training at all — Theorem 1's
 * criterion_theory and the JSD of N(0,1) and N(1,1) are quadratures, so they must equal the paper-facts values
 * however short the run.
 */
@Tag("theory")
class TheoryExperimentsTest {
    /**
     * The expected values are paper-facts.md's, given to 10 decimals (rounding 5e-11); the quadrature stops when its
     * error estimate is below 1e-12 for values this size (gan-core's AdaptiveQuadrature), so 1e-9 leaves room for
     * both and for rounding in the sums.
     */
    private static final double QUADRATURE = 1e-9;

    private static Map<String, Object> run(Path out, String experiment, String... settings) {
        List<String> args = new ArrayList<>(List.of("run", experiment, "--out", out.toString()));
        for (String setting : settings) {
            args.addAll(List.of("--set", setting));
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return new RunDirectory(out).readJson(RunDirectory.SUMMARY);
    }

    private static double number(Map<String, Object> summary, String key) {
        return ((Number) summary.get(key)).doubleValue();
    }

    @Test
    void optimalDiscriminatorReportsTheoremOnesValueAndTheTrainedDsErrors(@TempDir Path dir) {
        Map<String, Object> summary = run(dir, OptimalDiscriminatorExperiment.NAME, "steps=300", "batch-size=256",
                "quadrature-nodes=4096");
        assertThat(number(summary, "criterion_theory")).isCloseTo(-1.1634513968, within(QUADRATURE));
        assertThat(number(summary, "jsd")).isCloseTo(0.1114214822, within(QUADRATURE));
        assertThat(summary.get("dstar_units")).isEqualTo("probability");
        // D never sees p_g's density; 300 steps already bring it well inside D*'s range of 0.9.
        assertThat(number(summary, "dstar_max_abs_error")).isBetween(0.0, 0.3);
        assertThat(number(summary, "criterion_value")).isLessThan(number(summary, "criterion_theory") + 1e-3);
        for (String file : List.of(RunDirectory.CONFIG, RunDirectory.PROVENANCE, RunDirectory.METRICS,
                RunDirectory.REPORT)) {
            assertThat(dir.resolve(file)).isNotEmptyFile();
        }
        assertThat(dir.resolve("plots").resolve(OptimalDiscriminatorFigure.FIGURE)).isNotEmptyFile();
        assertThat(dir.resolve("plots").resolve(OptimalDiscriminatorFigure.CURVES)).isNotEmptyFile();
    }

    @Test
    void aLossWithoutAnOptimumIsRejectedWithItsCaveat(@TempDir Path dir) {
        List<String> args = List.of("run", OptimalDiscriminatorExperiment.NAME, "--out", dir.resolve("w").toString(),
                "--set", "loss=wasserstein");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("loss").contains("Kantorovich");
        assertThat(dir.resolve("w")).doesNotExist();
    }

    @Test
    void saturationShowsTheMinimaxGradientFallingBehindAsDGrowsConfident(@TempDir Path dir) {
        Map<String, Object> summary = run(dir, SaturationExperiment.NAME, "steps=200", "batch-size=256",
                "log-every=50", "eval-samples=512");
        assertThat(number(summary, "d_fake_mean_final")).isLessThan(number(summary, "d_fake_mean_initial"));
        assertThat(number(summary, "grad_ratio_final")).isGreaterThan(number(summary, "grad_ratio_initial"));
        assertThat(dir.resolve("plots").resolve(SaturationFigure.FIGURE)).isNotEmptyFile();
    }

    @Test
    void jsConvergenceRunsBothVariantsAndPutsThemSideBySide(@TempDir Path dir) throws Exception {
        Map<String, Object> summary = run(dir, JsConvergenceExperiment.NAME, "iterations=20", "k=3",
                "log-every=10", "checkpoint-every=10");
        assertThat(summary).containsKeys("jsd_final", "jsd_final_k1", "d_max_abs_dev_from_half_final");
        // A JSD in nats lies in [0, log 2]; after 20 updates from N(0, 1)-ish towards N(4, 0.5²) it is far from 0.
        for (String key : List.of("jsd_initial", "jsd_final", "jsd_final_k1")) {
            assertThat(number(summary, key)).as(key).isGreaterThan(0.01).isLessThanOrEqualTo(Math.log(2));
        }
        assertThat(number(summary, "d_max_abs_dev_from_half_final")).isBetween(0.0, 0.5);
        assertThat(number(summary, "k")).isEqualTo(3);
        for (String variant : List.of(JsConvergenceExperiment.NEAR_OPTIMAL, JsConvergenceExperiment.BASELINE)) {
            assertThat(dir.resolve(variant).resolve(RunDirectory.METRICS)).isNotEmptyFile();
        }
        List<String> rows = java.nio.file.Files.readAllLines(dir.resolve(RunDirectory.METRICS));
        assertThat(rows).hasSize(4);
        assertThat(Arrays.asList(rows.get(0).split(","))).contains("jsd_near_optimal", "jsd_k1");
        assertThat(dir.resolve("plots").resolve(JsConvergenceFigure.FIGURE)).isNotEmptyFile();
    }
}
