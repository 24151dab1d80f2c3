package org.jgan.experiments.reproduce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jgan.experiments.mixture.Mixture2dExperiment;
import org.jgan.experiments.mixture.PacGanBaseline;
import org.jgan.experiments.run.Report;

/**
 * The mixture results as one table: a row per loss, modes captured and % high quality on the ring and the grid
 * (mean ± std over seeds), under PacGAN's GAN baseline row.
 */
final class MixtureTable {
    private static final List<PacGanBaseline> BENCHMARKS = List.of(PacGanBaseline.RING, PacGanBaseline.GRID);

    private MixtureTable() {
    }

    /** Adds the table of the {@code mixture-2d} outcomes to {@code report}; nothing when there are none. */
    static void addTo(Report report, List<SubRunOutcome> outcomes) {
        Map<String, Map<String, SubRunOutcome>> byLoss = new LinkedHashMap<>();
        for (SubRunOutcome outcome : outcomes) {
            if (outcome.run().experiment().equals(Mixture2dExperiment.NAME)) {
                byLoss.computeIfAbsent(outcome.run().settings().get("loss"), l -> new LinkedHashMap<>())
                        .put(outcome.run().settings().get("data"), outcome);
            }
        }
        if (byLoss.isEmpty()) {
            return;
        }
        List<String> header = new ArrayList<>(List.of("loss"));
        for (PacGanBaseline b : BENCHMARKS) {
            header.add(b.spec() + ": modes (of " + b.totalModes() + ")");
            header.add(b.spec() + ": % HQ");
        }
        List<List<?>> rows = new ArrayList<>();
        List<Object> baseline = new ArrayList<>(List.of("PacGAN's GAN (Lin et al. 2018)"));
        for (PacGanBaseline b : BENCHMARKS) {
            baseline.add(b.modes() + " ± " + b.modesStd());
            baseline.add(String.valueOf(b.highQuality()));
        }
        rows.add(baseline);
        byLoss.forEach((loss, byData) -> {
            List<Object> row = new ArrayList<>(List.of("`" + loss + "`"));
            for (PacGanBaseline b : BENCHMARKS) {
                Optional<SubRunOutcome> outcome = Optional.ofNullable(byData.get(b.spec()));
                row.add(outcome.map(o -> cell(o, "modes_mean", "modes_std", 2, b.modes())).orElse("not run"));
                row.add(outcome.map(o -> cell(o, "hq_mean", "hq_std", 1, Double.NaN)).orElse("not run"));
            }
            rows.add(row);
        });
        report.table(header, rows)
                .paragraph("Mean ± sample std over seeds; **bold**: at least PacGAN's GAN baseline.");
    }

    private static String cell(SubRunOutcome outcome, String meanKey, String stdKey, int decimals, double baseline) {
        if (outcome.status() != SubRunOutcome.Status.SUCCEEDED) {
            return outcome.status().name().toLowerCase(Locale.ROOT);
        }
        Optional<Double> mean = Target.number(outcome.summary(), meanKey);
        if (mean.isEmpty()) {
            return "missing";
        }
        String format = "%." + decimals + "f";
        String text = String.format(Locale.ROOT, format, mean.get()) + Target.number(outcome.summary(), stdKey)
                .filter(s -> !s.isNaN()).map(s -> " ± " + String.format(Locale.ROOT, format, s)).orElse("");
        return mean.get() >= baseline ? "**" + text + "**" : text;
    }
}
