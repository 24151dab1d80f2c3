package org.jgan.experiments.mixture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgan.core.distribution.ModalDistribution;
import org.jgan.experiments.Experiment;
import org.jgan.experiments.RunContext;
import org.jgan.experiments.config.Config;
import org.jgan.experiments.config.Setting;
import org.jgan.experiments.metrics.ModeCoverage;
import org.jgan.experiments.run.MetricsLog;
import org.jgan.experiments.run.MetricsTable;
import org.jgan.experiments.run.RunDirectory;
import org.jgan.experiments.wiring.Registry;

/**
 * Mode collapse on the 2-D benchmarks of VEEGAN and PacGAN: a GAN learns the ring of 8 Gaussians (radius 1, std
 * 0.01, the default) or the 5 × 5 grid (spacing 2, std 0.05), {@code seeds} times in one run, each seed a complete
 * training in its own {@code seed-N/} directory ({@link SeedRun}).
 *
 * <p>The metric (Srivastava et al. 2017; Lin et al. 2018) on {@value ModeCoverage#PROTOCOL_SAMPLES} samples of
 * the last iteration: a sample is of high quality when it lies within 3σ of its nearest mode; a mode is captured
 * when it is the nearest mode of at least one high-quality sample. Summary: {@code modes_mean}, {@code modes_std}
 * (sample std over seeds), {@code hq_mean}, {@code hq_std} (percent of samples of high quality), {@code modes_min},
 * {@code modes_max}, {@code modes}, {@code seeds}, {@code iterations}; seeds.csv holds each seed's values and the
 * run's metrics.csv the mean and std over seeds at every logged iteration. PacGAN's plain GAN: ring 6.3 ± 0.5 modes,
 * grid 17.3 ± 0.8.
 */
public final class Mixture2dExperiment implements Experiment {
    /** The registered name. */
    public static final String NAME = "mixture-2d";
    /** Each seed's final values, one row per seed. */
    public static final String SEEDS_CSV = "seeds.csv";
    /** The columns of the run's metrics.csv: each seed column's mean and std over seeds. */
    static final List<String> COLUMNS = List.of("iteration", "modes_mean", "modes_std", "hq_mean", "hq_std");

    @Override
    public String description() {
        return "mode collapse on 2-D mixtures (VEEGAN/PacGAN ring and grid): modes captured and % high quality, "
                + "mean +- std over seeds";
    }

    @Override
    public List<Setting<?>> settings() {
        return MixtureSettings.all();
    }

    @Override
    public void check(Config config, Registry registry) {
        MixtureSettings.data(config);
    }

    @Override
    public void run(RunContext context) {
        Config config = context.config();
        ModalDistribution data = MixtureSettings.data(config);
        int seeds = config.getInt(MixtureSettings.SEEDS);
        List<SeedRun.Result> results = new ArrayList<>();
        for (int i = 0; i < seeds; i++) {
            results.add(SeedRun.run(context, data, i));
        }
        RunDirectory directory = context.directory();
        writeSeeds(directory, results);
        writeMetricsOverSeeds(directory, seeds);

        SeedSpread modes = SeedSpread.of(results.stream().mapToDouble(SeedRun.Result::modesCaptured).toArray());
        SeedSpread highQuality = SeedSpread.of(results.stream().mapToDouble(SeedRun.Result::highQualityPercent)
                .toArray());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("modes_mean", modes.mean());
        summary.put("modes_std", modes.std());
        summary.put("hq_mean", highQuality.mean());
        summary.put("hq_std", highQuality.std());
        summary.put("modes_min", results.stream().mapToInt(SeedRun.Result::modesCaptured).min().orElseThrow());
        summary.put("modes_max", results.stream().mapToInt(SeedRun.Result::modesCaptured).max().orElseThrow());
        summary.put("modes", data.modes().length);
        summary.put("seeds", seeds);
        summary.put("iterations", config.get(MixtureSettings.ITERATIONS));
        context.writeSummary(summary);

        Optional<PacGanBaseline> baseline = PacGanBaseline.of(data);
        String loss = config.get(MixtureSettings.LOSS);
        MixtureFigures.writeRunFigures(directory, results, data, loss, baseline);
        MixtureReport.write(directory, config, results, modes, highQuality, baseline);
    }

    private static void writeSeeds(RunDirectory directory, List<SeedRun.Result> results) {
        StringBuilder csv = new StringBuilder("seed_index,seed,modes_captured,high_quality_percent\n");
        results.forEach(r -> csv.append(r.csvRow()).append('\n'));
        directory.writeText(SEEDS_CSV, csv.toString());
    }

    /** The run's metrics.csv: at every logged iteration, the mean and std over seeds of each seed's metrics. */
    private static void writeMetricsOverSeeds(RunDirectory directory, int seeds) {
        List<MetricsTable> tables = new ArrayList<>();
        for (int i = 0; i < seeds; i++) {
            tables.add(MetricsTable.read(SeedRun.directory(directory, i).file(RunDirectory.METRICS)));
        }
        double[] iterations = tables.get(0).column("iteration");
        try (MetricsLog log = MetricsLog.create(directory.file(RunDirectory.METRICS), COLUMNS)) {
            for (int row = 0; row < iterations.length; row++) {
                SeedSpread modes = acrossSeeds(tables, CoverageProbe.COLUMNS.get(0), row);
                SeedSpread highQuality = acrossSeeds(tables, CoverageProbe.COLUMNS.get(1), row);
                log.append((long) iterations[row], modes.mean(), modes.std(), highQuality.mean(), highQuality.std());
            }
        }
    }

    private static SeedSpread acrossSeeds(List<MetricsTable> tables, String column, int row) {
        return SeedSpread.of(tables.stream().mapToDouble(t -> t.column(column)[row]).toArray());
    }
}
