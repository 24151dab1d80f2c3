package org.jgan.experiments.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jgan.experiments.mixture.Mixture2dExperiment;
import org.jgan.experiments.reproduce.SubRun.Section;
import org.jgan.experiments.reproduce.SubRunOutcome.Status;
import org.jgan.experiments.reproduce.Target.AtLeast;
import org.jgan.experiments.reproduce.Target.AtMost;
import org.jgan.experiments.run.Progress;
import org.jgan.experiments.run.RunDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small suite of real sub-runs (a short toy-1d and a tiny mixture-2d) beside one unregistered experiment, one
 * rejected configuration and one data set that is absent: each ends as it should, each sub-directory is an ordinary
 * run directory, and the report sets every number beside its target with the right verdict and working links.
 */
class SuiteReportTest {
    @TempDir
    static Path root;
    private static List<SubRunOutcome> outcomes;
    private static String report;
    private static SuiteReport suite;

    @BeforeAll
    static void runSmallSuite() throws Exception {
        List<SubRun> runs = List.of(
                new SubRun("toy", "toy-1d", Section.FIGURE_1, "a short toy-1d",
                        PaperSuite.settings("iterations", "40", "log-every", "20", "checkpoint-every", "20",
                                "seeds", "3"), false,
                        List.of(Target.of("final JSD", "jsd_final", "0", new AtMost(10)),
                                Target.of("final JSD", "jsd_final", "0", new AtMost(-1)))),
                new SubRun("mixture-ring-non-saturating", Mixture2dExperiment.NAME, Section.MIXTURES, "a tiny ring",
                        PaperSuite.settings("data", "ring(8,1,0.01)", "loss", "non-saturating", "seeds", "2",
                                "iterations", "20", "log-every", "10"), false,
                        List.of(new Target("modes", "modes_mean", "modes_std", "6.3 ± 0.5", new AtLeast(6.3)))),
                new SubRun("unregistered", "no-such-experiment", Section.THEORY, "not in this build", Map.of(), false,
                        List.of()),
                new SubRun("rejected", Mixture2dExperiment.NAME, Section.MIXTURES, "a bad loss name",
                        Map.of("loss", "no-such-loss"), false, List.of()),
                new SubRun("mnist", "mnist", Section.IMAGES, "no data",
                        Map.of("data-dir", root.resolve("absent").toString()), true, List.of()));
        PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        outcomes = new SuiteRunner(root, log, Progress.silent()).runAll(runs);
        suite = new SuiteReport(new RunDirectory(root).create(), outcomes);
        suite.write("./gan reproduce --test", "A test suite.", 1.5);
        report = Files.readString(root.resolve(RunDirectory.REPORT));
    }

    @Test
    void eachSubRunEndsAsItShould() {
        assertThat(outcomes).extracting(SubRunOutcome::status).containsExactly(Status.SUCCEEDED, Status.SUCCEEDED,
                Status.SKIPPED, Status.FAILED, Status.SKIPPED);
        assertThat(outcomes.get(2).note()).contains("not registered");
        assertThat(outcomes.get(3).note()).contains("loss").contains("no-such-loss");
        assertThat(suite.allSucceeded()).isFalse();
        assertThat(outcomes.get(0).ignored()).containsExactly("seeds=3");
    }

    @Test
    void subRunsAreOrdinaryRunDirectories() {
        for (String name : List.of("toy", "mixture-ring-non-saturating")) {
            RunDirectory dir = new RunDirectory(root.resolve(name));
            assertThat(dir.readJson(RunDirectory.CONFIG)).containsKey("experiment");
            assertThat(dir.file(RunDirectory.PROVENANCE)).exists();
            assertThat(dir.file(RunDirectory.REPORT)).exists();
        }
        assertThat(root.resolve("rejected")).doesNotExist();
    }

    @Test
    void everyTargetIsSetBesideTheSummaryWithItsVerdict() {
        Map<String, Object> toy = outcomes.get(0).summary();
        String jsd = Target.number(((Number) toy.get("jsd_final")).doubleValue());
        assertThat(report).contains("| `toy` | final JSD | " + jsd + " | 0 | ≤ 10 | yes |");
        assertThat(report).contains("| `toy` | final JSD | " + jsd + " | 0 | ≤ -1 | **no** |");
        Map<String, Object> ring = outcomes.get(1).summary();
        double modes = ((Number) ring.get("modes_mean")).doubleValue();
        assertThat(report).contains("| `mixture-ring-non-saturating` | modes | "
                + Target.number(modes) + " ± " + Target.number(((Number) ring.get("modes_std")).doubleValue())
                + " | 6.3 ± 0.5 | ≥ 6.3 | " + (modes >= 6.3 ? "yes" : "**no**") + " |");
        assertThat(report).contains("| `non-saturating` | ").contains("PacGAN's GAN (Lin et al. 2018)");
        assertThat(report).contains("Adversarial nets, this reproduction").contains("225 ± 2");
        assertThat(report).contains("`toy` does not declare seeds=3");
        assertThat(report).contains("./gan run toy-1d --out " + root + "/toy --set 'iterations=40'");
    }

    @Test
    void figuresLinkTheSubRunsPlots() {
        Matcher links = Pattern.compile("!\\[[^]]*]\\(([^)]+)\\)").matcher(report);
        int count = 0;
        while (links.find()) {
            assertThat(root.resolve(links.group(1))).as(links.group(1)).isNotEmptyFile();
            count++;
        }
        // toy-1d draws jsd.png and figure1.png; mixture-2d draws samples.png and modes.png.
        assertThat(count).isEqualTo(4);
    }

    @Test
    void summaryCountsSubRunsAndVerdicts() {
        Map<String, Object> counts = new RunDirectory(root).readJson(RunDirectory.SUMMARY);
        assertThat(counts).containsEntry("sub_runs", 5).containsEntry("succeeded", 2).containsEntry("failed", 1)
                .containsEntry("skipped", 2);
        int ringMet = ((Number) outcomes.get(1).summary().get("modes_mean")).doubleValue() >= 6.3 ? 1 : 0;
        assertThat(counts).containsEntry("targets_met", 1 + ringMet).containsEntry("targets_missed", 2 - ringMet);
    }
}
