package org.jgan.experiments.fgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jgan.experiments.cli.Main;
import org.jgan.experiments.run.MetricsTable;
import org.jgan.experiments.run.RunDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code divergence-estimate} end to end through the command line. On N(0, 1) against N(1, 1) the optimal KL
 * critic, T* = 3/2 − x, is affine, so the trained critic can reach it; the held-out bound must then equal KL = ½
 * within 4 of its reported standard errors (a correct run fails by chance with probability 6e-5), where
 * 40 × 10,000 held-out samples make the standard error about √(e/400,000) = 0.0026.
 */
class DivergenceEstimateExperimentTest {
    /** A short run: the KL critic settles within a few hundred Adam steps (metrics.csv of the full run). */
    static List<String> shortRun(Path out, String... settings) {
        List<String> args = new ArrayList<>(List.of("run", DivergenceEstimateExperiment.NAME, "--out", out.toString(),
                "--set", "steps=500", "--set", "heldout-batches=40", "--set", "heldout-batch-size=10000"));
        for (String setting : settings) {
            args.addAll(List.of("--set", setting));
        }
        return args;
    }

    @Test
    @Tag("theory")
    void theKlBoundOnHeldOutSamplesIsKlWithinItsStandardError(@TempDir Path dir) {
        Path out = dir.resolve("run");
        assertThat(Main.run(shortRun(out, "loss=kl"), System.out, System.err)).isZero();
        Map<String, Object> summary = new RunDirectory(out).readJson(RunDirectory.SUMMARY);
        double estimate = number(summary, "estimate");
        double error = number(summary, "standard_error");
        assertThat(summary.get("divergence")).isEqualTo("KL");
        assertThat(number(summary, "true_value")).isCloseTo(0.5, within(1e-9));
        assertThat(number(summary, "heldout_samples")).isEqualTo(400_000);
        assertThat(error).isBetween(0.5 * Math.sqrt(Math.E / 400_000), 2 * Math.sqrt(Math.E / 400_000));
        assertThat(estimate).isCloseTo(0.5, within(4 * error));
        assertThat(number(summary, "relative_error")).isCloseTo((estimate - 0.5) / 0.5, within(1e-9));
        assertThat(MetricsTable.read(out.resolve(RunDirectory.METRICS)).column("iteration"))
                .containsExactly(0, 100, 200, 300, 400, 500);
        assertThat(out.resolve(RunDirectory.PLOTS).resolve(EstimateFigure.FIGURE)).isNotEmptyFile();
        assertThat(out.resolve(RunDirectory.REPORT)).content().contains("KL").contains("estimate");
    }

    @Test
    void aLossThatClaimsNoDivergenceIsBadInputNamingTheLoss(@TempDir Path dir) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(shortRun(dir.resolve("run"), "loss=wasserstein"), System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("loss").contains("claims no divergence");
        assertThat(dir.resolve("run")).doesNotExist();
    }

    static double number(Map<String, Object> summary, String key) {
        return ((Number) summary.get(key)).doubleValue();
    }
}
