package org.jgan.experiments.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgan.experiments.cli.Runs;
import org.jgan.experiments.config.Setting;
import org.jgan.experiments.mixture.Mixture2dExperiment;
import org.jgan.experiments.reproduce.SubRun.Section;
import org.jgan.experiments.reproduce.Target.AtLeast;
import org.jgan.experiments.wiring.Wiring;
import org.junit.jupiter.api.Test;

/** What the paper suite runs in each mode, and that the registered experiments it names accept its settings. */
class PaperSuiteTest {
    @Test
    void everyModeHasTheNonSaturatingMixturesAgainstPacGansBaselines() {
        for (boolean quick : List.of(true, false)) {
            List<SubRun> runs = PaperSuite.synthetic(quick);
            assertThat(target(runs, "mixture-ring-non-saturating").goal()).isEqualTo(new AtLeast(6.3));
            assertThat(target(runs, "mixture-grid-non-saturating").goal()).isEqualTo(new AtLeast(17.3));
            assertThat(runs).extracting(SubRun::directory).contains("toy-1d", "optimal-discriminator",
                    "js-convergence", "saturation", "divergence-estimate-kl", "divergence-estimate-js",
                    "fgan-gaussian-fit").doesNotHaveDuplicates();
            assertThat(runs).noneMatch(SubRun::needsData);
        }
        List<SubRun> full = PaperSuite.synthetic(false);
        assertThat(full).filteredOn(r -> r.section() == Section.MIXTURES).hasSize(2 * PaperSuite.MIXTURE_LOSSES.size());
        assertThat(full).filteredOn(r -> r.experiment().equals("divergence-estimate"))
                .hasSize(PaperSuite.DIVERGENCES_MU1.size());
    }

    @Test
    void quickModeRunsFewerCasesWithFewerSeeds() {
        List<SubRun> quick = PaperSuite.synthetic(true);
        assertThat(quick).filteredOn(r -> r.section() == Section.MIXTURES).hasSize(2)
                .allMatch(r -> r.settings().get("seeds").equals("3"));
        assertThat(quick).filteredOn(r -> r.experiment().equals("divergence-estimate"))
                .extracting(r -> r.settings().get("loss")).containsExactly("kl", "js");
        assertThat(quick).filteredOn(r -> r.experiment().equals("fgan-gaussian-fit"))
                .allMatch(r -> r.settings().get("losses").equals("kl,reverse-kl"));
        assertThat(PaperSuite.scope(true)).contains("Quick mode").contains("seeds=3");
    }

    @Test
    void imagesNeedDataAndPassTheDataDirectory() {
        List<SubRun> images = PaperSuite.images(Optional.of(Path.of("/data")));
        assertThat(images).extracting(r -> r.settings().get("dataset")).containsExactly("mnist", "fashion-mnist");
        assertThat(images).allMatch(SubRun::needsData).allMatch(r -> r.settings().get("data-dir").equals("/data"));
        assertThat(PaperSuite.images(Optional.empty())).noneMatch(r -> r.settings().containsKey("data-dir"));
    }

    @Test
    void registeredExperimentsDeclareEverySettingTheSuitePasses() {
        var registry = Wiring.registry(List.of());
        for (SubRun run : PaperSuite.synthetic(false)) {
            if (registry.experiments().containsKey(run.experiment())) {
                Set<String> declared = Runs.settingsOf(registry.experiment(run.experiment())).stream()
                        .map(Setting::key).collect(Collectors.toSet());
                assertThat(declared).as(run.directory()).containsAll(run.settings().keySet());
            }
        }
        assertThat(registry.experiments()).containsKey(Mixture2dExperiment.NAME);
    }

    private static Target target(List<SubRun> runs, String directory) {
        return runs.stream().filter(r -> r.directory().equals(directory)).findFirst().orElseThrow().targets().get(0);
    }
}
