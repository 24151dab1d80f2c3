package org.jgan.experiments.mnist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jgan.experiments.cli.Main;
import org.jgan.experiments.data.KnownDataset;
import org.jgan.experiments.data.SharedData;
import org.jgan.experiments.mnist.MnistExperimentTest.Outcome;
import org.jgan.experiments.run.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./gan resume DIR --set iterations=N} trains a finished mnist run longer, and ends as a run started with N
 * would: the same metrics, bit for bit, and the same scores. Anything but a longer length is bad input that
 * changes nothing.
 */
class MnistResumeLongerTest {
    /** A run of {@code iterations} on the real MNIST files, logged and checkpointed every 2, with small Parzen sets. */
    static List<String> run(Path out, int iterations) {
        return new ArrayList<>(List.of("run", "mnist", "--out", out.toString(), "--seed", "5",
                "--set", "data-dir=" + SharedData.require(KnownDataset.MNIST), "--set", "iterations=" + iterations,
                "--set", "log-every=2", "--set", "monitor-every=2", "--set", "checkpoint-every=2",
                "--set", "monitor-samples=100", "--set", "monitor-images=50", "--set", "parzen-samples=300"));
    }

    @Test
    void aFinishedRunResumedLongerEndsAsTheLongerRunFromScratch(@TempDir Path dir) throws IOException {
        Path extended = dir.resolve("extended");
        Path whole = dir.resolve("whole");
        assertThat(Outcome.of(run(extended, 4)).status()).isZero();
        Outcome resumed = Outcome.of(List.of("resume", extended.toString(), "--set", "iterations=6"));
        assertThat(resumed.status()).as(resumed.err()).isZero();
        // It continued from the checkpoint at iteration 4: its progress never shows iterations 1 to 4.
        assertThat(resumed.err()).contains(" 6/6 ").doesNotContain(" 1/6 ", " 4/6 ");
        assertThat(Outcome.of(run(whole, 6)).status()).isZero();

        assertThat(Files.readString(extended.resolve(RunDirectory.METRICS)))
                .isEqualTo(Files.readString(whole.resolve(RunDirectory.METRICS)));
        assertThat(Files.readString(extended.resolve(RunDirectory.CONFIG)))
                .isEqualTo(Files.readString(whole.resolve(RunDirectory.CONFIG)));
        Map<String, Object> a = new RunDirectory(extended).readJson(RunDirectory.SUMMARY);
        Map<String, Object> b = new RunDirectory(whole).readJson(RunDirectory.SUMMARY);
        for (String key : List.of("iterations", "parzen_ll", "parzen_ll_last", "monitor_best_ll",
                "monitor_best_iteration", "parzen_ll_data", "class_share_min")) {
            assertThat(a.get(key)).as(key).isEqualTo(b.get(key));
        }
        assertThat(a).containsEntry("iterations", 6);
    }

    @Test
    void aResumeMayOnlyRaiseTheLengthAndOtherwiseChangesNothing(@TempDir Path dir) throws IOException {
        Path finished = dir.resolve("finished");
        assertThat(Outcome.of(run(finished, 2)).status()).isZero();
        byte[] config = Files.readAllBytes(finished.resolve(RunDirectory.CONFIG));
        byte[] metrics = Files.readAllBytes(finished.resolve(RunDirectory.METRICS));

        Outcome otherSetting = Outcome.of(List.of("resume", finished.toString(), "--set", "loss=minimax"));
        assertThat(otherSetting.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(otherSetting.err()).contains("loss").contains("[epochs, iterations]").doesNotContain("Exception");

        Outcome shorter = Outcome.of(List.of("resume", finished.toString(), "--set", "iterations=1"));
        assertThat(shorter.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(shorter.err()).contains("iterations").contains("at least 2");

        Outcome dangling = Outcome.of(List.of("resume", finished.toString(), "--set"));
        assertThat(dangling.status()).isEqualTo(Main.BAD_INPUT);
        assertThat(dangling.err()).contains("--set key=value");

        assertThat(Files.readAllBytes(finished.resolve(RunDirectory.CONFIG))).isEqualTo(config);
        assertThat(Files.readAllBytes(finished.resolve(RunDirectory.METRICS))).isEqualTo(metrics);
    }
}
