package org.jgan.experiments.mnist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jgan.core.train.Checkpoint;
import org.jgan.experiments.cli.Main;
import org.jgan.experiments.mnist.MnistExperimentTest.Outcome;
import org.jgan.experiments.run.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./gan fork DIR --set key=value} starts a new run from DIR's checkpoint with some settings changed. Forked
 * with only a longer length it ends as the longer run from scratch would, bit for bit; with a smaller learning rate
 * it shares the source's history up to the fork point and then goes its own way. The source is never written, and
 * bad input writes nothing.
 */
class MnistForkTest {
    private static Outcome fork(Path source, Path out, String... sets) {
        List<String> args = new ArrayList<>(List.of("fork", source.toString(), "--out", out.toString()));
        for (String set : sets) {
            args.add("--set");
            args.add(set);
        }
        return Outcome.of(args);
    }

    private static List<String> lines(Path run) throws IOException {
        return Files.readAllLines(run.resolve(RunDirectory.METRICS));
    }

    @Test
    void aForkThatOnlyTrainsLongerEndsAsTheLongerRunFromScratch(@TempDir Path dir) throws IOException {
        Path source = dir.resolve("source");
        Path forked = dir.resolve("forked");
        Path whole = dir.resolve("whole");
        assertThat(Outcome.of(MnistResumeLongerTest.run(source, 4)).status()).isZero();
        byte[] sourceMetrics = Files.readAllBytes(source.resolve(RunDirectory.METRICS));
        byte[] sourceCheckpoint = Files.readAllBytes(new RunDirectory(source).checkpoint());

        Outcome outcome = fork(source, forked, "iterations=6");
        assertThat(outcome.status()).as(outcome.err()).isZero();
        assertThat(outcome.err()).contains(" 6/6 ").doesNotContain(" 1/6 ", " 4/6 ");
        assertThat(Outcome.of(MnistResumeLongerTest.run(whole, 6)).status()).isZero();

        assertThat(lines(forked)).isEqualTo(lines(whole));
        assertThat(Files.readString(forked.resolve(RunDirectory.CONFIG)))
                .isEqualTo(Files.readString(whole.resolve(RunDirectory.CONFIG)));
        Map<String, Object> a = new RunDirectory(forked).readJson(RunDirectory.SUMMARY);
        Map<String, Object> b = new RunDirectory(whole).readJson(RunDirectory.SUMMARY);
        for (String key : List.of("parzen_ll", "parzen_ll_last", "monitor_best_ll", "monitor_best_iteration")) {
            assertThat(a.get(key)).as(key).isEqualTo(b.get(key));
        }
        Map<String, Object> provenance = new RunDirectory(forked).readJson(RunDirectory.PROVENANCE);
        assertThat(provenance).containsEntry("forked_from", source.toAbsolutePath().normalize().toString())
                .containsEntry("fork_checkpoint", "latest").containsEntry("fork_iteration", 4);
        assertThat(Files.readAllBytes(source.resolve(RunDirectory.METRICS))).isEqualTo(sourceMetrics);
        assertThat(Files.readAllBytes(new RunDirectory(source).checkpoint())).isEqualTo(sourceCheckpoint);
    }

    @Test
    void aForkWithAnotherLearningRateSharesTheHistoryUpToTheForkPointOnly(@TempDir Path dir) throws IOException {
        Path source = dir.resolve("source");
        Path control = dir.resolve("control");
        Path slower = dir.resolve("slower");
        assertThat(Outcome.of(MnistResumeLongerTest.run(source, 6)).status()).isZero();

        for (Path out : List.of(control, slower)) {
            List<String> args = new ArrayList<>(List.of("fork", source.toString(), "--out", out.toString(),
                    "--checkpoint", "best", "--set", "iterations=8"));
            if (out == slower) {
                args.addAll(List.of("--set", "learning-rate=0.01"));
            }
            Outcome outcome = Outcome.of(args);
            assertThat(outcome.status()).as(outcome.err()).isZero();
        }
        long forkPoint = Checkpoint.iteration(new RunDirectory(source).bestCheckpoint());
        assertThat(new RunDirectory(slower).readJson(RunDirectory.PROVENANCE))
                .containsEntry("fork_checkpoint", "best").containsEntry("fork_iteration", (int) forkPoint);
        assertThat(new RunDirectory(slower).readJson(RunDirectory.CONFIG)).containsEntry("learning-rate", 0.01);
        assertThat(Files.readString(slower.resolve(RunDirectory.REPORT))).contains("This run is a fork")
                .contains("`learning-rate` 0.1 → 0.01").contains("SGD lr 0.01 / 1.000004^t");

        // metrics.csv: a header, then rows at iterations 0, 2, 4, ...; both forks begin with the source's rows.
        int shared = 1 + (int) forkPoint / 2 + 1;
        List<String> slowerRows = lines(slower);
        assertThat(slowerRows).hasSize(1 + 8 / 2 + 1);
        assertThat(slowerRows.subList(0, shared)).isEqualTo(lines(source).subList(0, shared));
        assertThat(lines(control).subList(0, shared)).isEqualTo(slowerRows.subList(0, shared));
        // From the same checkpoint, a tenth of the learning rate gives other losses at the next logged iteration.
        assertThat(slowerRows.get(shared)).isNotEqualTo(lines(control).get(shared));
    }

    @Test
    void whatAForkCannotChangeIsBadInputThatWritesNothing(@TempDir Path dir) throws IOException {
        Path source = dir.resolve("source");
        assertThat(Outcome.of(MnistResumeLongerTest.run(source, 2)).status()).isZero();
        Path out = dir.resolve("never");

        Outcome model = fork(source, out, "noise=normal");
        assertThat(model.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(model.err()).contains("noise").contains("learning-rate").doesNotContain("Exception");

        Outcome unknown = fork(source, out, "learning-rat=0.01");
        assertThat(unknown.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(unknown.err()).contains("learning-rat");

        Outcome checkpoint = Outcome.of(List.of("fork", source.toString(), "--out", out.toString(),
                "--checkpoint", "first"));
        assertThat(checkpoint.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(checkpoint.err()).contains("--checkpoint").contains("latest or best");

        Outcome notARun = fork(dir, out);
        assertThat(notARun.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(notARun.err()).contains("is not a run directory");

        Outcome intoItself = fork(source, source);
        assertThat(intoItself.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(intoItself.err()).contains("--out").contains("new or empty directory");

        assertThat(out).doesNotExist();
    }
}
