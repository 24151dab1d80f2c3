package org.jgan.experiments.mixture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jgan.experiments.config.Config;
import org.jgan.experiments.run.Report;
import org.jgan.experiments.run.RunDirectory;

/** report.md of {@code mixture-2d}: the result over seeds beside PacGAN's baseline, each seed, the figures. */
final class MixtureReport {
    private MixtureReport() {
    }

    static void write(RunDirectory directory, Config config, List<SeedRun.Result> results, SeedSpread modes,
                      SeedSpread highQuality, Optional<PacGanBaseline> baseline) {
        Report report = Report.titled("mixture-2d: mode coverage of `" + config.asMap().get("loss") + "` on `"
                        + config.asMap().get("data") + "`")
                .paragraph("Each of " + results.size() + " seeds trains G and D for " + config.asMap().get("iterations")
                        + " iterations and is scored on " + config.asMap().get("eval-samples") + " samples of its last"
                        + " iteration (VEEGAN/PacGAN protocol): a sample is of high quality (HQ) within 3 std of its"
                        + " nearest mode; a mode is captured when it is the nearest mode of at least one HQ sample."
                        + " Mean ± sample std over seeds; each seed's run is in `seed-N/`.");
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of("this run", modes.format(2), highQuality.format(1)));
        baseline.ifPresent(b -> rows.add(List.of("PacGAN's GAN (Lin et al. 2018)", b.modes() + " ± " + b.modesStd(),
                String.valueOf(b.highQuality()))));
        report.table(List.of("", "modes captured (of " + results.get(0).modes() + ")", "% high quality"), rows);
        baseline.ifPresent(b -> report.paragraph(modes.mean() >= b.modes()
                ? "Reaches PacGAN's GAN baseline (mean modes captured ≥ " + b.modes() + ")."
                : "Below PacGAN's GAN baseline (mean modes captured < " + b.modes() + ")."));
        report.section("Seeds")
                .table(List.of("seed-N", "seed", "modes captured", "% high quality"), results.stream()
                        .<List<?>>map(r -> List.of(r.index(), r.seed(), r.modesCaptured(),
                                String.format(Locale.ROOT, "%.1f", r.highQualityPercent())))
                        .toList())
                .figure("Samples of the last iteration over the modes (crosses) and their 3-std circles, per seed",
                        RunDirectory.PLOTS + "/" + MixtureFigures.SAMPLES_PNG)
                .figure("Modes captured against iteration, per seed",
                        RunDirectory.PLOTS + "/" + MixtureFigures.MODES_PNG)
                .section("Configuration")
                .keyValues("setting", "value", config.asMap())
                .writeTo(directory);
    }
}
