package org.jgan.experiments.fgan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.jgan.core.distribution.UnivariateDistribution;
import org.jgan.core.divergence.Divergence;
import org.jgan.experiments.run.MetricsLog;
import org.jgan.experiments.run.Report;
import org.jgan.experiments.run.RunDirectory;

/**
 * The tables of {@code fgan-gaussian-fit}, after f-GAN's Table 3 (Nowozin et al. 2016): per divergence, the best
 * fit's D_f(P ‖ Q_θ*), the trained bound F(ω̂, θ̂), μ*, μ̂, σ*, σ̂; and the cross table, every divergence by
 * quadrature at every trained θ̂ (the paper re-trains a critic for that; quadrature gives the exact value).
 *
 * @param names   the loss names, in order
 * @param targets each loss's claimed divergence
 * @param fits    what training with each loss reached
 * @param best    each divergence's best Gaussian fit θ*
 * @param cross   cross[i][j] = divergence j of P against Q_θ̂ trained with loss i
 */
record FitTables(List<String> names, List<Divergence> targets, List<FitRun.Result> fits, List<BestFit.Fit> best,
                 double[][] cross) {
    /** fits.csv: one row per loss. */
    static final String FITS_CSV = "fits.csv";
    /** cross.csv: trained with (rows) against evaluated by (columns). */
    static final String CROSS_CSV = "cross.csv";

    /** The tables, with the cross table computed by quadrature. */
    static FitTables of(List<String> names, List<Divergence> targets, UnivariateDistribution data,
                        List<FitRun.Result> fits, List<BestFit.Fit> best) {
        double[][] cross = new double[names.size()][names.size()];
        for (int i = 0; i < names.size(); i++) {
            for (int j = 0; j < names.size(); j++) {
                cross[i][j] = targets.get(j).between(data, fits.get(i).distribution());
            }
        }
        return new FitTables(List.copyOf(names), List.copyOf(targets), List.copyOf(fits), List.copyOf(best), cross);
    }

    /** The largest |μ̂ − μ*| over the losses. */
    double maxMeanError() {
        double max = 0;
        for (int i = 0; i < names.size(); i++) {
            max = Math.max(max, Math.abs(fits.get(i).mean() - best.get(i).mean()));
        }
        return max;
    }

    /** The largest |σ̂ − σ*| over the losses. */
    double maxStdError() {
        double max = 0;
        for (int i = 0; i < names.size(); i++) {
            max = Math.max(max, Math.abs(fits.get(i).std() - best.get(i).std()));
        }
        return max;
    }

    /** The flat summary.json entries, keyed {@code <loss>_<quantity>}. */
    Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            summary.put(n + "_divergence", targets.get(i).name());
            summary.put(n + "_divergence_at_best", best.get(i).value());
            summary.put(n + "_bound", fits.get(i).bound());
            summary.put(n + "_bound_standard_error", fits.get(i).boundError());
            summary.put(n + "_divergence_at_fit", cross[i][i]);
            summary.put(n + "_mean_best", best.get(i).mean());
            summary.put(n + "_mean_fit", fits.get(i).mean());
            summary.put(n + "_std_best", best.get(i).std());
            summary.put(n + "_std_fit", fits.get(i).std());
        }
        summary.put("max_abs_mean_error", maxMeanError());
        summary.put("max_abs_std_error", maxStdError());
        return summary;
    }

    /** Writes fits.csv and cross.csv into the run directory. */
    void writeCsv(RunDirectory directory) {
        StringBuilder fitsCsv = new StringBuilder("loss,divergence,divergence_at_best,bound,bound_standard_error,"
                + "divergence_at_fit,mean_best,mean_fit,std_best,std_fit\n");
        for (int i = 0; i < names.size(); i++) {
            FitRun.Result fit = fits.get(i);
            BestFit.Fit b = best.get(i);
            fitsCsv.append(String.join(",", names.get(i), targets.get(i).name(), csv(b.value()), csv(fit.bound()),
                    csv(fit.boundError()), csv(cross[i][i]), csv(b.mean()), csv(fit.mean()), csv(b.std()),
                    csv(fit.std()))).append('\n');
        }
        directory.writeText(FITS_CSV, fitsCsv.toString());
        StringBuilder crossCsv = new StringBuilder("trained_with," + String.join(",", names) + "\n");
        for (int i = 0; i < names.size(); i++) {
            crossCsv.append(names.get(i));
            for (double value : cross[i]) {
                crossCsv.append(',').append(csv(value));
            }
            crossCsv.append('\n');
        }
        crossCsv.append("best_fit");
        for (BestFit.Fit b : best) {
            crossCsv.append(',').append(csv(b.value()));
        }
        directory.writeText(CROSS_CSV, crossCsv.append('\n').toString());
    }

    /** The per-divergence table, a column per loss as in f-GAN's Table 3. */
    void fitTable(Report report) {
        List<String> header = new ArrayList<>(List.of(""));
        header.addAll(names.stream().map(n -> "`" + n + "`").toList());
        List<List<?>> rows = new ArrayList<>();
        rows.add(row("D_f", i -> targets.get(i).name()));
        rows.add(row("D_f(P‖Q_θ*)", i -> number(best.get(i).value())));
        rows.add(row("F(ω̂, θ̂)", i -> number(fits.get(i).bound()) + " ± " + number(fits.get(i).boundError())));
        rows.add(row("D_f(P‖Q_θ̂)", i -> number(cross[i][i])));
        rows.add(row("μ*", i -> number(best.get(i).mean())));
        rows.add(row("μ̂", i -> number(fits.get(i).mean())));
        rows.add(row("σ*", i -> number(best.get(i).std())));
        rows.add(row("σ̂", i -> number(fits.get(i).std())));
        report.table(header, rows);
    }

    /** The cross table; each column's smallest value is bold. */
    void crossTable(Report report) {
        List<String> header = new ArrayList<>(List.of("trained with ↓ / D_f of →"));
        header.addAll(names.stream().map(n -> "`" + n + "`").toList());
        List<List<?>> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            List<Object> row = new ArrayList<>(List.of("`" + names.get(i) + "`"));
            for (int j = 0; j < names.size(); j++) {
                row.add(smallestInColumn(i, j) ? "**" + number(cross[i][j]) + "**" : number(cross[i][j]));
            }
            rows.add(row);
        }
        rows.add(row("best fit θ* of the column", j -> number(best.get(j).value())));
        report.table(header, rows);
    }

    private boolean smallestInColumn(int row, int column) {
        for (double[] other : cross) {
            if (other[column] < cross[row][column]) {
                return false;
            }
        }
        return true;
    }

    private List<Object> row(String label, IntFunction<Object> cell) {
        List<Object> row = new ArrayList<>(List.of(label));
        for (int i = 0; i < names.size(); i++) {
            row.add(cell.apply(i));
        }
        return row;
    }

    /** Four decimals, or four significant digits in scientific notation for huge values (χ² of a narrow Q). */
    private static String number(double value) {
        return String.format(Locale.ROOT, Math.abs(value) < 1e4 ? "%.4f" : "%.3e", value);
    }

    private static String csv(double value) {
        return MetricsLog.format(value);
    }
}
