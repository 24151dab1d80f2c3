package org.jgan.experiments.theory;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.jgan.core.loss.ScoreOptimum;
import org.jgan.experiments.plot.LinePlot;
import org.jgan.experiments.plot.LineStyle;
import org.jgan.experiments.plot.PanelFigure;
import org.jgan.experiments.plot.Series;
import org.jgan.experiments.run.RunDirectory;

/**
 * The optimal-discriminator experiment's figure and curve table: (a) p_data, p_g, the trained D and the declared
 * D* over the grid's range; (b) D − D* on the grid, with the points in bands around jumps of D* drawn apart.
 * plots/curves.csv holds every plotted value.
 */
final class OptimalDiscriminatorFigure {
    /** The figure's file under plots/. */
    static final String FIGURE = "optimal-discriminator.png";
    /** The curves' file under plots/. */
    static final String CURVES = "curves.csv";

    private OptimalDiscriminatorFigure() {
    }

    static void write(RunDirectory directory, DensityPair pair, OptimumGrid grid, double[] reported,
                      ScoreOptimum optimum, String lossName) {
        double[] all = grid.xs();
        int first = 0;
        while (!grid.kept(first)) {
            first++;
        }
        int last = all.length - 1;
        while (!grid.kept(last)) {
            last--;
        }
        int n = last - first + 1;
        double[] xs = Arrays.copyOfRange(all, first, last + 1);
        double[] d = Arrays.copyOfRange(reported, first, last + 1);
        double[] dStar = Arrays.copyOfRange(grid.optimal(), first, last + 1);
        double[] p = new double[n];
        double[] q = new double[n];
        double[] error = new double[n];
        double[] errorInBand = new double[n];
        StringBuilder csv = new StringBuilder("x,p_data,p_g,d,d_star,on_grid,in_jump_band\n");
        for (int i = 0; i < n; i++) {
            int at = first + i;
            p[i] = pair.data().density(xs[i]);
            q[i] = pair.model().density(xs[i]);
            double gap = grid.kept(at) ? d[i] - dStar[i] : Double.NaN;
            error[i] = grid.inBand(at) ? Double.NaN : gap;
            errorInBand[i] = grid.inBand(at) ? gap : Double.NaN;
            csv.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%s,%d,%d%n", xs[i], p[i], q[i], d[i], dStar[i],
                    grid.kept(at) ? 1 : 0, grid.inBand(at) ? 1 : 0));
        }
        RunDirectory.writeAtomically(directory.plot(CURVES), csv.toString().getBytes(StandardCharsets.UTF_8));

        double[] range = rightRange(optimum, d, dStar);
        String units = "D(x), " + optimum.units();
        LinePlot densities = LinePlot.titled("p_data, p_g, D and D*").xLabel("x").yLabel("density")
                .rightAxis(units, range[0], range[1])
                .area("p_data", xs, p)
                .series("p_g", xs, q)
                .series(Series.of("D (trained)", xs, d).dashed().onRightAxis())
                .series(Series.of("D* (declared)", xs, dStar).style(LineStyle.DOTTED).onRightAxis());
        LinePlot errors = LinePlot.titled("D − D* on the grid").xLabel("x").yLabel(optimum.units())
                .series("D − D*", xs, error)
                .series(Series.of("D − D* within jump bands", xs, errorInBand).style(LineStyle.DOTTED))
                .referenceLine(0, "0");
        PanelFigure.of(densities, errors).columns(2).letteredCaptions()
                .title("Proposition 1 for loss " + lossName + ": " + pair)
                .writePng(directory.plot(FIGURE), 1600, 560);
    }

    /** [0, 1] for a probability; otherwise the finite values' span, padded by 5 %. */
    private static double[] rightRange(ScoreOptimum optimum, double[] d, double[] dStar) {
        if (optimum.units().equals("probability")) {
            return new double[] {0, 1};
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] values : new double[][] {d, dStar}) {
            for (double v : values) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        double pad = hi > lo ? 0.05 * (hi - lo) : 1;
        return new double[] {lo - pad, hi + pad};
    }
}
