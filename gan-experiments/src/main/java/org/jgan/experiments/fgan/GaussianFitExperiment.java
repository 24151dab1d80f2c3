package org.jgan.experiments.fgan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgan.core.distribution.DistributionSpec;
import org.jgan.core.distribution.UnivariateDistribution;
import org.jgan.core.divergence.Divergence;
import org.jgan.experiments.Experiment;
import org.jgan.experiments.RunContext;
import org.jgan.experiments.config.Config;
import org.jgan.experiments.config.Setting;
import org.jgan.experiments.run.MetricsLog;
import org.jgan.experiments.run.MetricsTable;
import org.jgan.experiments.run.RunDirectory;
import org.jgan.experiments.wiring.Registry;

/**
 * f-GAN's Section 2.5 (Nowozin, Cseke, Tomioka 2016, arXiv 1606.00709): fit Q_θ = N(μ, σ²) to a fixed 1-D
 * mixture P by each divergence, adversarially — the generator G_θ(z) = μ + σz ({@link AffineGenerator}) against
 * a critic trained with the divergence's loss ({@link FitRun}) — and directly, θ* = argmin D_f(P ‖ Q_θ) by
 * Nelder–Mead over the divergence by quadrature ({@link BestFit}).
 *
 * <p>Outputs: report.md with the paper-style tables (per divergence D_f(P ‖ Q_θ*), the trained bound F(ω̂, θ̂)
 * on held-out samples, μ*, μ̂, σ*, σ̂; and the cross table, every divergence at every trained θ̂), the same in
 * fits.csv and cross.csv, summary.json ({@code <loss>_mean_fit}, {@code <loss>_mean_best}, ... and the largest
 * errors {@code max_abs_mean_error}, {@code max_abs_std_error}), plots/fits.png (P with each Q_θ̂ and Q_θ*) and
 * plots/trajectories.png (μ, σ and the critic's slope on Q_θ's samples, {@link FitRun#COLUMNS}); each loss's
 * training lives in {@code loss-NAME/}. With the default P the mass-covering
 * KL fit spans both modes while reverse KL sits on the heavier one.
 */
public final class GaussianFitExperiment implements Experiment {
    /** The registry name. */
    public static final String NAME = "fgan-gaussian-fit";

    @Override
    public String description() {
        return "f-GAN Section 2.5: fit N(mu, sigma^2) to a 1-D mixture by each divergence, adversarially and by "
                + "direct minimisation over quadrature; paper-style and cross tables";
    }

    @Override
    public List<Setting<?>> settings() {
        return GaussianFitSettings.all();
    }

    @Override
    public void check(Config config, Registry registry) {
        GaussianFitSettings.check(config, registry);
    }

    @Override
    public void run(RunContext context) {
        Config config = context.config();
        UnivariateDistribution data = DistributionSpec.parseUnivariate(GaussianFitSettings.DATA.key(),
                config.get(GaussianFitSettings.DATA));
        List<String> names = GaussianFitSettings.losses(config);
        List<FitRun.Result> fits = new ArrayList<>();
        for (String name : names) {
            fits.add(FitRun.run(context, data, name));
        }
        mergeMetrics(context.directory(), names);
        List<Divergence> targets = new ArrayList<>();
        List<BestFit.Fit> best = new ArrayList<>();
        context.progress().start("best fits by quadrature", 0, names.size());
        for (String name : names) {
            Divergence target = context.registry().loss(GaussianFitSettings.LOSSES.key(), name).divergence()
                    .orElseThrow().target();
            targets.add(target);
            best.add(BestFit.of(target, data));
            context.progress().update(best.size(), name);
        }
        FitTables tables = FitTables.of(names, targets, data, fits, best);
        tables.writeCsv(context.directory());
        Map<String, Object> summary = new LinkedHashMap<>(tables.summary());
        summary.put("iterations", config.get(GaussianFitSettings.ITERATIONS));
        context.writeSummary(summary);
        FitFigure.write(context.directory(), data, tables);
        GaussianFitReport.write(context.directory(), config, tables, data);
    }

    /**
     * The run's metrics.csv: iteration, then every one of {@link FitRun#COLUMNS} of every training (mean_NAME,
     * std_NAME, ...), from their own files.
     */
    private static void mergeMetrics(RunDirectory directory, List<String> names) {
        List<String> columns = new ArrayList<>(List.of("iteration"));
        List<double[]> values = new ArrayList<>();
        double[] iterations = null;
        for (String name : names) {
            MetricsTable table = MetricsTable.read(FitRun.directory(directory, name).file(RunDirectory.METRICS));
            iterations = table.column("iteration");
            for (String column : FitRun.COLUMNS) {
                columns.add(column + "_" + name);
                values.add(table.column(column));
            }
        }
        try (MetricsLog log = MetricsLog.create(directory.file(RunDirectory.METRICS), columns)) {
            for (int row = 0; row < iterations.length; row++) {
                double[] cells = new double[values.size()];
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = values.get(c)[row];
                }
                log.append((long) iterations[row], cells);
            }
        }
    }
}
