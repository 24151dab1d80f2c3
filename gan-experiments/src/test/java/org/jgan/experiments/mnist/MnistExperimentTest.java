package org.jgan.experiments.mnist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jgan.core.train.Checkpoint;
import org.jgan.experiments.cli.Main;
import org.jgan.experiments.data.DatasetFile;
import org.jgan.experiments.data.IdxReader;
import org.jgan.experiments.data.ImageDataset;
import org.jgan.experiments.data.KnownDataset;
import org.jgan.experiments.data.SharedData;
import org.jgan.experiments.data.Split;
import org.jgan.experiments.run.MetricsTable;
import org.jgan.experiments.run.RunDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code mnist} experiment through the command line on the real MNIST files of shared/data: a run of a few
 * iterations writes the whole run directory; {@code eval parzen} rescores its checkpoints (the best, the latest and
 * those it kept, one or all) to the run's own numbers;
 * missing or broken data is bad input (status 2) and writes nothing.
 */
class MnistExperimentTest {
    private static final List<String> TINY = List.of("--seed", "3", "--set", "iterations=4", "--set", "log-every=2",
            "--set", "monitor-every=2", "--set", "checkpoint-every=2", "--set", "keep-every=2", "--set",
            "monitor-samples=100", "--set", "monitor-images=50", "--set", "parzen-samples=500");

    @TempDir
    static Path shared;
    private static Path run;
    private static Outcome trained;

    @BeforeAll
    static void trainATinyRun() {
        Path data = SharedData.require(KnownDataset.MNIST);
        run = shared.resolve("run");
        trained = Outcome.of(command("run", "mnist", "--out", run.toString(), "--set", "data-dir=" + data));
    }

    private static List<String> command(String... head) {
        List<String> args = new ArrayList<>(List.of(head));
        if (head[0].equals("run")) {
            args.addAll(TINY);
        }
        return args;
    }

    @Test
    void aTinyRunWritesTheRunDirectoryWithTheSummaryTheIssueAsksFor() throws IOException {
        assertThat(trained.status).as(trained.err).isZero();
        for (String file : List.of(RunDirectory.CONFIG, RunDirectory.PROVENANCE, RunDirectory.METRICS,
                RunDirectory.SUMMARY, RunDirectory.REPORT, "checkpoints/latest.ckpt", "checkpoints/best.ckpt",
                "plots/" + MnistFigures.FIGURE_2, "plots/" + MnistFigures.FIGURE_2_TABLE, "plots/" + MnistFigures.FIGURE_3,
                "plots/" + MnistFigures.MONITOR_PLOT, "plots/" + MnistFigures.LOSS_PLOT)) {
            assertThat(run.resolve(file)).as(file).isNotEmptyFile();
        }
        Map<String, Object> summary = new RunDirectory(run).readJson(RunDirectory.SUMMARY);
        assertThat(summary).containsKeys("parzen_ll", "parzen_se", "parzen_sigma", "epochs", "train_seconds",
                "monitor_best_ll", "monitor_best_iteration", "parzen_ll_last");
        assertThat(summary).containsEntry("iterations", 4).containsEntry("epochs", 4 / 500.0)
                .containsEntry("dataset", "mnist");
        // σ comes from the authors' grid and the standard error is positive and finite.
        assertThat(org.jgan.experiments.metrics.ParzenEstimator.DEFAULT_SIGMAS).contains((Double) summary.get("parzen_sigma"));
        assertThat((Double) summary.get("parzen_se")).isPositive().isLessThan(10.0);

        MetricsTable metrics = MetricsTable.read(run.resolve(RunDirectory.METRICS));
        assertThat(metrics.column("iteration")).containsExactly(0, 2, 4);
        double[] monitor = metrics.column(ParzenMonitor.COLUMNS.get(0));
        // Iteration 0 (row 0) is a baseline, never chosen: the best of the trained rows.
        int best = 1;
        for (int i = 2; i < monitor.length; i++) {
            best = monitor[i] > monitor[best] ? i : best;
        }
        assertThat(((Number) summary.get("monitor_best_iteration")).longValue()).isEqualTo(2L * best);
        assertThat((Double) summary.get("monitor_best_ll")).isEqualTo(monitor[best]);

        String report = Files.readString(run.resolve(RunDirectory.REPORT));
        assertThat(report).contains("| Adversarial nets | 225 ± 2 | 2057 ± 26 |").contains("jgan (this run: 0.01 epochs")
                .contains("plots/figure2.png").contains("plots/figure3.png");
    }

    @Test
    void theReportPutsTheScoreBesideTheDatasOwnScoreUnderTheSameProtocol() throws IOException {
        assertThat(trained.status).as(trained.err).isZero();
        Map<String, Object> summary = new RunDirectory(run).readJson(RunDirectory.SUMMARY);
        assertThat(org.jgan.experiments.metrics.ParzenEstimator.DEFAULT_SIGMAS)
                .contains((Double) summary.get("parzen_sigma_data"));
        // 500 training images score far above a G four updates old, which draws about the mean image.
        assertThat((Double) summary.get("parzen_ll_data")).isGreaterThan((Double) summary.get("parzen_ll") + 100);
        String report = Files.readString(run.resolve(RunDirectory.REPORT));
        assertThat(report).contains(String.format(java.util.Locale.ROOT,
                "| for scale: the first 500 training images in place of generated samples | %.1f ± %.1f | — |",
                (Double) summary.get("parzen_ll_data"), (Double) summary.get("parzen_se_data")));
    }

    /**
     * class-breakdown.csv: one row per label; the test counts and the reference's label shares are counted here from
     * the label files; the class means weighted by the test counts give back the run's two overall scores.
     */
    @Test
    void theClassBreakdownSplitsBothScoresByTheTestLabelsAndLabelsEverySample() throws IOException {
        assertThat(trained.status).as(trained.err).isZero();
        Map<String, Object> summary = new RunDirectory(run).readJson(RunDirectory.SUMMARY);
        List<String> lines = Files.readAllLines(run.resolve(MnistExperiment.CLASS_BREAKDOWN));
        assertThat(lines.get(0)).isEqualTo(ClassBreakdown.CSV_HEADER);
        assertThat(lines).hasSize(1 + KnownDataset.CLASSES);

        ImageDataset data = SharedData.load(KnownDataset.MNIST);
        int[] testCounts = new int[KnownDataset.CLASSES];
        for (int label : data.labels(Split.TEST)) {
            testCounts[label]++;
        }
        int[] referenceCounts = new int[KnownDataset.CLASSES];
        int[] trainLabels = data.labels(Split.TRAIN);
        for (int i = 0; i < 500; i++) {
            referenceCounts[trainLabels[i]]++;
        }
        double sampleShares = 0;
        double smallestShare = 1;
        double weighted = 0;
        double dataWeighted = 0;
        for (int c = 0; c < KnownDataset.CLASSES; c++) {
            String[] row = lines.get(1 + c).split(",");
            assertThat(Integer.parseInt(row[0])).isEqualTo(c);
            assertThat(Integer.parseInt(row[1])).isEqualTo(testCounts[c]);
            assertThat(Double.parseDouble(row[3])).isEqualTo(referenceCounts[c] / 500.0);
            sampleShares += Double.parseDouble(row[2]);
            smallestShare = Math.min(smallestShare, Double.parseDouble(row[2]));
            weighted += testCounts[c] * Double.parseDouble(row[4]);
            dataWeighted += testCounts[c] * Double.parseDouble(row[5]);
        }
        assertThat(sampleShares).isCloseTo(1, within(1e-12));
        assertThat((Double) summary.get("class_share_min")).isEqualTo(smallestShare);
        // Sums of 10,000 terms of a few hundred nats in double: agreement to 1e-9 relative.
        double score = (Double) summary.get("parzen_ll");
        double dataScore = (Double) summary.get("parzen_ll_data");
        assertThat(weighted / KnownDataset.TEST_COUNT).isCloseTo(score, within(1e-9 * Math.abs(score)));
        assertThat(dataWeighted / KnownDataset.TEST_COUNT).isCloseTo(dataScore, within(1e-9 * Math.abs(dataScore)));
        assertThat(Files.readString(run.resolve(RunDirectory.REPORT))).contains("## Class by class");
    }

    @Test
    void evalParzenRescoresEachCheckpointToTheRunsOwnNumbersAndWritesOnlyItsResult() throws IOException {
        assertThat(trained.status).as(trained.err).isZero();
        List<Path> before = listing(run);
        Map<String, Object> summary = new RunDirectory(run).readJson(RunDirectory.SUMMARY);

        Outcome latest = Outcome.of(List.of("eval", "parzen", run.toString(), "--checkpoint", "latest"));
        assertThat(latest.status).as(latest.err).isZero();
        assertThat(latest.out).contains("parzen_ll");
        Map<String, Object> rescored = new RunDirectory(run).readJson(ParzenCommand.fileName("latest"));
        // The same checkpoint, the same EVAL draw and the same arithmetic: the same bits.
        assertThat(rescored.get("parzen_ll")).isEqualTo(summary.get("parzen_ll_last"));
        assertThat(rescored.get("parzen_se")).isEqualTo(summary.get("parzen_se_last"));
        assertThat(rescored).containsEntry("iteration", 4);

        Outcome best = Outcome.of(List.of("eval", "parzen", run.toString()));
        assertThat(best.status).as(best.err).isZero();
        Map<String, Object> bestRescored = new RunDirectory(run).readJson(ParzenCommand.fileName("best"));
        assertThat(bestRescored.get("parzen_ll")).isEqualTo(summary.get("parzen_ll"));
        assertThat(bestRescored.get("parzen_ll_data")).isEqualTo(summary.get("parzen_ll_data"));
        assertThat(bestRescored.get("class_share_min")).isEqualTo(summary.get("class_share_min"));
        List<?> classes = (List<?>) bestRescored.get(ParzenCommand.CLASSES_KEY);
        List<String> csv = Files.readAllLines(run.resolve(MnistExperiment.CLASS_BREAKDOWN));
        assertThat(classes).hasSize(KnownDataset.CLASSES);
        for (int c = 0; c < KnownDataset.CLASSES; c++) {
            String values = ((Map<?, ?>) classes.get(c)).values().stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(","));
            assertThat(values).isEqualTo(csv.get(1 + c));
        }
        assertThat(best.out).contains(ParzenCommand.CLASSES_KEY + " (" + ClassBreakdown.CSV_HEADER + "):");

        List<Path> after = listing(run);
        after.removeAll(before);
        assertThat(after).containsExactlyInAnyOrder(run.resolve("parzen-latest.json"), run.resolve("parzen-best.json"));
    }

    @Test
    void theRunKeepsItsHistoryAndEvalParzenScoresAnyKeptIteration() throws IOException {
        assertThat(trained.status).as(trained.err).isZero();
        RunDirectory directory = new RunDirectory(run);
        // keep-every=2 over 4 iterations: the states after iterations 2 and 4, each as it was then.
        assertThat(directory.keptIterations()).containsExactly(2L, 4L);
        assertThat(Checkpoint.iteration(directory.keptCheckpoint(2))).isEqualTo(2);
        assertThat(Files.readAllBytes(directory.keptCheckpoint(4))).isEqualTo(Files.readAllBytes(directory.checkpoint()));

        Outcome kept = Outcome.of(List.of("eval", "parzen", run.toString(), "--checkpoint", "2"));
        assertThat(kept.status).as(kept.err).isZero();
        Map<String, Object> scored = directory.readJson(ParzenCommand.fileName("2"));
        assertThat(scored).containsEntry("iteration", 2).containsEntry("checkpoint", "2");

        List<Path> before = listing(run);
        Outcome missing = Outcome.of(List.of("eval", "parzen", run.toString(), "--checkpoint", "3"));
        assertThat(missing.status).isEqualTo(Main.BAD_INPUT);
        assertThat(missing.err).contains(directory.keptCheckpoint(3).toString()).contains("iterations [2, 4]")
                .doesNotContain("\tat ");
        assertThat(listing(run)).isEqualTo(before);
    }

    @Test
    void evalParzenHistoryScoresEveryKeptCheckpointAsCheckpointDoesAndPlotsTheScores() throws IOException {
        assertThat(trained.status).as(trained.err).isZero();
        RunDirectory directory = new RunDirectory(run);
        Outcome history = Outcome.of(List.of("eval", "parzen", run.toString(), "--history"));
        assertThat(history.status).as(history.err).isZero();
        assertThat(history.out).contains("(iteration 2)").contains("(iteration 4)").contains("[2 of 2, ");

        List<String> table = Files.readAllLines(directory.file(ParzenHistory.TABLE));
        assertThat(table).hasSize(3).first().isEqualTo(ParzenHistory.HEADER);
        for (int row = 1; row <= 2; row++) {
            String iteration = String.valueOf(2 * row);
            Outcome single = Outcome.of(List.of("eval", "parzen", run.toString(), "--checkpoint", iteration));
            assertThat(single.status).as(single.err).isZero();
            Map<String, Object> scored = directory.readJson(ParzenCommand.fileName(iteration));
            // The same checkpoint on the same EVAL draw: the bits of --checkpoint ITERATION.
            assertThat(table.get(row)).isEqualTo(String.join(",", iteration, String.valueOf(2 * row / 500.0),
                    String.valueOf(scored.get("parzen_ll")), String.valueOf(scored.get("parzen_se")),
                    String.valueOf(scored.get("parzen_sigma"))));
        }
        assertThat(directory.plot(MnistFigures.HISTORY_PLOT)).isNotEmptyFile();
    }

    @Test
    void historyOfARunThatKeptNothingAndHistoryBesideCheckpointAreBadInputThatWritesNothing(@TempDir Path dir)
            throws IOException {
        Files.copy(run.resolve(RunDirectory.CONFIG), dir.resolve(RunDirectory.CONFIG));
        Outcome nothingKept = Outcome.of(List.of("eval", "parzen", dir.toString(), "--history"));
        assertThat(nothingKept.status).isEqualTo(Main.BAD_INPUT);
        assertThat(nothingKept.err).contains(dir.toString()).contains("keeps no iteration's checkpoint")
                .contains("keep-every").doesNotContain("\tat ");

        Outcome both = Outcome.of(List.of("eval", "parzen", run.toString(), "--history", "--checkpoint", "2"));
        assertThat(both.status).isEqualTo(Main.BAD_INPUT);
        assertThat(both.err).contains("error: --checkpoint").contains("--history").doesNotContain("\tat ");
        assertThat(listing(dir)).containsExactly(dir.resolve(RunDirectory.CONFIG));
    }

    @Test
    void evalParzenDrawsScoresOneCheckpointOnIndependentCentresTheFirstOfThemTheProtocolsOwn() throws IOException {
        assertThat(trained.status).as(trained.err).isZero();
        RunDirectory directory = new RunDirectory(run);
        Outcome draws = Outcome.of(List.of("eval", "parzen", run.toString(), "--checkpoint", "2", "--draws", "3"));
        assertThat(draws.status).as(draws.err).isZero();
        assertThat(draws.out).contains("iteration 2,").contains("[3 of 3, ");

        List<String> table = Files.readAllLines(directory.file(ParzenDraws.fileName("2")));
        assertThat(table).hasSize(4).first().isEqualTo(ParzenDraws.HEADER);
        Outcome single = Outcome.of(List.of("eval", "parzen", run.toString(), "--checkpoint", "2"));
        assertThat(single.status).as(single.err).isZero();
        Map<String, Object> scored = directory.readJson(ParzenCommand.fileName("2"));
        // Draw 0 is the protocol's own draw: the bits of --checkpoint 2.
        assertThat(table.get(1)).isEqualTo(String.join(",", "0", String.valueOf(scored.get("parzen_ll")),
                String.valueOf(scored.get("parzen_se")), String.valueOf(scored.get("parzen_sigma"))));
        double[] scores = table.stream().skip(1).mapToDouble(row -> Double.parseDouble(row.split(",")[1])).toArray();
        // The others are other centres, so other scores; the summary is their mean and standard deviation (n - 1).
        assertThat(scores).doesNotHaveDuplicates();
        double mean = (scores[0] + scores[1] + scores[2]) / 3;
        double variance = Stream.of(scores[0], scores[1], scores[2]).mapToDouble(s -> (s - mean) * (s - mean)).sum() / 2;
        assertThat(draws.out).contains(String.format(Locale.ROOT, "over the 3 draws: mean %.2f nats, standard"
                + " deviation %.2f;", mean, Math.sqrt(variance)));
    }

    @Test
    void drawsThatAreNotAtLeastTwoOrBesideHistoryAreBadInputThatWritesNothing() throws IOException {
        List<Path> before = listing(run);
        for (List<String> options : List.of(List.of("--draws", "1"), List.of("--draws", "three"), List.of("--draws"),
                List.of("--draws", "3", "--history"), List.of("--history", "--draws", "3"))) {
            List<String> args = new ArrayList<>(List.of("eval", "parzen", run.toString()));
            args.addAll(options);
            Outcome outcome = Outcome.of(args);
            assertThat(outcome.status).as(options.toString()).isEqualTo(Main.BAD_INPUT);
            assertThat(outcome.err).as(options.toString()).startsWith("error: --").doesNotContain("\tat ");
        }
        Outcome fewest = Outcome.of(List.of("eval", "parzen", run.toString(), "--draws", "1"));
        assertThat(fewest.err).contains("--draws").contains("at least 2").contains("1");
        Outcome missing = Outcome.of(List.of("eval", "parzen", run.toString(), "--checkpoint", "3", "--draws", "2"));
        assertThat(missing.status).isEqualTo(Main.BAD_INPUT);
        assertThat(missing.err).contains("iterations [2, 4]");
        assertThat(listing(run)).isEqualTo(before);
    }

    @Test
    void missingDataIsBadInputThatSaysHowToGetItAndWritesNothing(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path out = dir.resolve("out");
        Outcome outcome = Outcome.of(command("run", "mnist", "--out", out.toString(), "--set", "data-dir=" + empty));
        assertThat(outcome.status).isEqualTo(Main.BAD_INPUT);
        assertThat(outcome.err).startsWith("error: data-dir: ").contains("does not hold the mnist data set")
                .contains("./gan data fetch mnist").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
        assertThat(listing(empty)).isEmpty();
    }

    @Test
    void aTruncatedImageFileIsBadInputNamingTheFileAndWritesNothing(@TempDir Path dir) throws IOException {
        Path data = Files.createDirectories(dir.resolve("broken"));
        Path real = SharedData.require(KnownDataset.MNIST);
        for (DatasetFile file : DatasetFile.values()) {
            Files.copy(real.resolve(file.fileName()), data.resolve(file.fileName()));
        }
        // A raw (uncompressed) IDX header announcing 60,000 images of 28×28, followed by only 1,000 pixel bytes.
        ByteBuffer truncated = ByteBuffer.allocate(16 + 1000).putInt(IdxReader.IMAGES_MAGIC).putInt(60_000)
                .putInt(28).putInt(28);
        Path images = data.resolve(DatasetFile.TRAIN_IMAGES.fileName());
        Files.write(images, truncated.array());
        Path out = dir.resolve("out");

        Outcome outcome = Outcome.of(command("run", "mnist", "--out", out.toString(), "--set", "data-dir=" + data));
        assertThat(outcome.status).isEqualTo(Main.BAD_INPUT);
        assertThat(outcome.err).startsWith("error: ").contains(images.toString()).contains("truncated")
                .doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void evalOfSomethingThatIsNotAnMnistRunIsBadInput(@TempDir Path dir) throws IOException {
        Outcome none = Outcome.of(List.of("eval", "parzen", dir.toString()));
        assertThat(none.status).isEqualTo(Main.BAD_INPUT);
        assertThat(none.err).contains("is not a run directory");
        Files.writeString(dir.resolve(RunDirectory.CONFIG), "{\"experiment\": \"toy-1d\"}");
        Outcome toy = Outcome.of(List.of("eval", "parzen", dir.toString()));
        assertThat(toy.status).isEqualTo(Main.BAD_INPUT);
        assertThat(toy.err).contains("a run of the mnist experiment").contains("toy-1d");
        assertThat(Outcome.of(List.of("eval", "parzen", dir.toString(), "--checkpoint", "first")).err)
                .contains("--checkpoint").contains("best, latest or the iteration of a kept checkpoint");
        assertThat(listing(dir)).containsExactly(dir.resolve(RunDirectory.CONFIG));
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return new ArrayList<>(files.filter(Files::isRegularFile).sorted().toList());
        }
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
