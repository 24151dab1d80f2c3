package org.jgan.experiments.fgan;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jgan.core.distribution.UnivariateDistribution;
import org.jgan.experiments.plot.LinePlot;
import org.jgan.experiments.plot.Palette;
import org.jgan.experiments.plot.PanelFigure;
import org.jgan.experiments.plot.Series;
import org.jgan.experiments.run.MetricsTable;
import org.jgan.experiments.run.RunDirectory;

/**
 * The figures of {@code fgan-gaussian-fit}: plots/fits.png, one panel per divergence with P, the trained Q_θ̂ and
 * the best fit Q_θ*; and plots/trajectories.png, μ and σ of every training against the iteration with θ* dashed
 * in the same colour, and the critic's slope on Q_θ's samples (log scale; a saturated critic falls towards 0),
 * read from the run's metrics.csv.
 */
final class FitFigure {
    /** One panel per divergence. */
    static final String FITS = "fits.png";
    /** μ, σ and the critic's slope against iteration. */
    static final String TRAJECTORIES = "trajectories.png";
    /** Points across the plotted range of x. */
    static final int POINTS = 801;
    /** The plotted range of x runs between these quantiles of P, widened to hold every fit's central 99.9 %. */
    static final double TAIL = 1e-3;

    private FitFigure() {
    }

    static void write(RunDirectory directory, UnivariateDistribution data, FitTables tables) {
        fits(directory, data, tables);
        trajectories(directory, tables);
    }

    private static void fits(RunDirectory directory, UnivariateDistribution data, FitTables tables) {
        double lo = data.quantile(TAIL);
        double hi = data.quantile(1 - TAIL);
        for (FitRun.Result fit : tables.fits()) {
            lo = Math.min(lo, fit.distribution().quantile(TAIL));
            hi = Math.max(hi, fit.distribution().quantile(1 - TAIL));
        }
        double[] xs = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            xs[i] = lo + (hi - lo) * i / (POINTS - 1);
        }
        double[] p = densities(data, xs);
        List<LinePlot> panels = new ArrayList<>();
        for (int i = 0; i < tables.names().size(); i++) {
            panels.add(LinePlot.titled(tables.names().get(i) + " (" + tables.targets().get(i).name() + ")")
                    .xLabel("x").yLabel("density")
                    .area("P", xs, p)
                    .series(Series.of("Q trained", xs, densities(tables.fits().get(i).distribution(), xs)))
                    .series(Series.of("Q best fit", xs, densities(tables.best().get(i).distribution(), xs)).dashed()));
        }
        PanelFigure.of(panels.toArray(LinePlot[]::new)).columns(Math.min(3, panels.size()))
                .title("P (filled), the trained Gaussian Q_θ̂ and the best fit Q_θ* = argmin D_f(P ‖ Q_θ)")
                .writePng(directory.plot(FITS), 600 * Math.min(3, panels.size()),
                        420 * ((panels.size() + 2) / 3));
    }

    private static void trajectories(RunDirectory directory, FitTables tables) {
        MetricsTable merged = MetricsTable.read(directory.file(RunDirectory.METRICS));
        double[] iterations = merged.column("iteration");
        LinePlot mean = LinePlot.titled("μ").xLabel("iteration").yLabel("μ");
        LinePlot std = LinePlot.titled("σ").xLabel("iteration").yLabel("σ");
        LinePlot slope = LinePlot.titled("the critic's slope on Q_θ's samples").xLabel("iteration")
                .yLabel("mean |∂ℓ/∂v| (log)").logY();
        for (int i = 0; i < tables.names().size(); i++) {
            String name = tables.names().get(i);
            Color colour = Palette.cycle(i);
            mean.series(Series.of(name, iterations, merged.column("mean_" + name)).colour(colour));
            mean.series(Series.of(name + " θ*", iterations, constant(iterations.length, tables.best().get(i).mean()))
                    .colour(colour).dashed());
            std.series(Series.of(name, iterations, merged.column("std_" + name)).colour(colour));
            std.series(Series.of(name + " θ*", iterations, constant(iterations.length, tables.best().get(i).std()))
                    .colour(colour).dashed());
            slope.series(Series.of(name, iterations, merged.column("critic_slope_q_" + name)).colour(colour));
        }
        PanelFigure.of(mean, std, slope).title("the generator's μ and σ during training (dashed: θ* of the same "
                + "divergence), and how much gradient the critic's scores still pass on")
                .writePng(directory.plot(TRAJECTORIES), 2100, 600);
    }

    private static double[] densities(UnivariateDistribution distribution, double[] xs) {
        double[] out = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = distribution.density(xs[i]);
        }
        return out;
    }

    private static double[] constant(int n, double value) {
        double[] out = new double[n];
        Arrays.fill(out, value);
        return out;
    }
}
