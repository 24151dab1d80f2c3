package org.jgan.experiments.fgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jgan.experiments.cli.Main;
import org.jgan.experiments.run.RunDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fgan-gaussian-fit} through the command line, on a short run whose outputs are checked for shape and for
 * what does not depend on training: θ* of a Gaussian P is P's own parameters, the cross table's diagonal is each
 * fit's own divergence, and a resumed run reproduces the finished one byte for byte. (Whether training reaches
 * θ* is a long run's question, reported in docs/results.md.)
 */
class GaussianFitExperimentTest {
    /** One short run shared by the tests that only read it; the resume test works on a copy. */
    @TempDir
    static Path shared;
    private static Path finished;

    @BeforeAll
    static void runOnce() {
        finished = shared.resolve("run");
        assertThat(Main.run(shortRun(finished), System.out, System.err)).isZero();
    }

    private static List<String> shortRun(Path out, String... settings) {
        List<String> args = new ArrayList<>(List.of("run", GaussianFitExperiment.NAME, "--out", out.toString(),
                "--set", "data=normal(1,1.5)", "--set", "losses=kl,reverse-kl", "--set", "iterations=20",
                "--set", "k=1", "--set", "log-every=10", "--set", "heldout-batches=2",
                "--set", "heldout-batch-size=1000"));
        for (String setting : settings) {
            args.addAll(List.of("--set", setting));
        }
        return args;
    }

    @Test
    void writesTheTablesTheFiguresAndOneTrainingPerLoss() throws Exception {
        Path out = finished;
        Map<String, Object> summary = new RunDirectory(out).readJson(RunDirectory.SUMMARY);
        for (String loss : List.of("kl", "reverse-kl")) {
            // A Gaussian P is its own best fit (BestFitTest gives the search's accuracy, about 1e-6).
            assertThat(number(summary, loss + "_mean_best")).isCloseTo(1, within(1e-5));
            assertThat(number(summary, loss + "_std_best")).isCloseTo(1.5, within(1e-5));
            assertThat(number(summary, loss + "_divergence_at_best")).isCloseTo(0, within(1e-9));
            assertThat(out.resolve(FitRun.DIRECTORY_PREFIX + loss).resolve(RunDirectory.METRICS)).isNotEmptyFile();
        }
        List<String> fits = Files.readAllLines(out.resolve(FitTables.FITS_CSV));
        assertThat(fits).hasSize(3);
        assertThat(fits.get(1)).startsWith("kl,KL,");
        List<String> cross = Files.readAllLines(out.resolve(FitTables.CROSS_CSV));
        assertThat(cross).hasSize(4);
        assertThat(cross.get(0)).isEqualTo("trained_with,kl,reverse-kl");
        double klAtKlFit = Double.parseDouble(cross.get(1).split(",")[1]);
        assertThat(klAtKlFit).isEqualTo(number(summary, "kl_divergence_at_fit"));
        assertThat(Files.readAllLines(out.resolve(RunDirectory.METRICS)).get(0)).isEqualTo("iteration,"
                + "mean_kl,std_kl,critic_slope_p_kl,critic_slope_q_kl,generator_slope_kl,"
                + "mean_reverse-kl,std_reverse-kl,critic_slope_p_reverse-kl,critic_slope_q_reverse-kl,"
                + "generator_slope_reverse-kl");
        assertThat(out.resolve(RunDirectory.PLOTS).resolve(FitFigure.FITS)).isNotEmptyFile();
        assertThat(out.resolve(RunDirectory.PLOTS).resolve(FitFigure.TRAJECTORIES)).isNotEmptyFile();
        assertThat(out.resolve(RunDirectory.REPORT)).content().contains("D_f(P‖Q_θ*)").contains("μ̂")
                .contains("Cross table");
    }

    /** Interrupted after the first loss finished and the second checkpointed its end: resume gives the same run. */
    @Test
    void aResumedRunReproducesTheFinishedOne(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("run");
        copy(finished, out);
        byte[] summary = Files.readAllBytes(out.resolve(RunDirectory.SUMMARY));
        byte[] cross = Files.readAllBytes(out.resolve(FitTables.CROSS_CSV));
        Files.delete(out.resolve(FitRun.DIRECTORY_PREFIX + "reverse-kl").resolve(RunDirectory.SUMMARY));
        Files.delete(out.resolve(RunDirectory.SUMMARY));
        Files.delete(out.resolve(FitTables.CROSS_CSV));
        assertThat(Main.run(List.of("resume", out.toString()), System.out, System.err)).isZero();
        assertThat(Files.readAllBytes(out.resolve(RunDirectory.SUMMARY))).isEqualTo(summary);
        assertThat(Files.readAllBytes(out.resolve(FitTables.CROSS_CSV))).isEqualTo(cross);
    }

    @Test
    void aLossListWithAnUnknownOrTheorylessLossIsBadInput(@TempDir Path dir) {
        for (String losses : List.of("kl,no-such-loss", "kl,wasserstein", "kl,kl", "kl,,js")) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Main.run(shortRun(dir.resolve("run"), "losses=" + losses), System.out,
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(status).as(losses).isEqualTo(Main.BAD_INPUT);
            assertThat(err.toString(StandardCharsets.UTF_8)).as(losses).contains("losses");
            assertThat(dir.resolve("run")).doesNotExist();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
            }
        }
    }

    private static double number(Map<String, Object> summary, String key) {
        return ((Number) summary.get(key)).doubleValue();
    }
}
