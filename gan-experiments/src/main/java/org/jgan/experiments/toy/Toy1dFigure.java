package org.jgan.experiments.toy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jgan.experiments.plot.LinePlot;
import org.jgan.experiments.plot.PanelFigure;
import org.jgan.experiments.plot.Series;
import org.jgan.experiments.run.MetricsTable;
import org.jgan.experiments.run.RunDirectory;

/**
 * The 1-D experiment's figures, drawn from files in the run directory only (so a resumed run draws the
 * whole run): JSD against iteration, and the Figure 1 stand-in — p_data, p_g, D and D* at four moments.
 */
public final class Toy1dFigure {
    /** Where in the run the four panels are taken, as fractions of the iterations. */
    private static final double[] PANEL_FRACTIONS = {0, 0.05, 0.25, 1};

    private Toy1dFigure() {
    }

    /** The logged iterations closest to the panel fractions of {@code iterations}. */
    public static Set<Long> panelIterations(long iterations, long logEvery) {
        Set<Long> panels = new TreeSet<>();
        for (double fraction : PANEL_FRACTIONS) {
            long t = Math.round(fraction * iterations / logEvery) * logEvery;
            panels.add(fraction == 1 ? iterations : Math.min(t, iterations));
        }
        return panels;
    }

    static Path curvesFile(RunDirectory directory, long iteration) {
        return directory.plot("curves-" + iteration + ".csv");
    }

    /** Draws jsd.png and figure1.png of a finished (or resumed and finished) run from its files. */
    public static void write(RunDirectory directory, MetricsTable metrics, String loss, long iterations, long logEvery) {
        LinePlot.titled("JSD(p_data || p_g), loss " + loss).xLabel("iteration").yLabel("nats").logY()
                .series("JSD", metrics.column("iteration"), metrics.column("jsd"))
                .writePng(directory.plot("jsd.png"), 900, 520);
        List<LinePlot> panels = panelIterations(iterations, logEvery).stream()
                .map(t -> panel(curvesFile(directory, t), t)).toList();
        PanelFigure.of(panels.toArray(LinePlot[]::new)).columns(panels.size()).letteredCaptions()
                .title("p_data (filled), p_g, D (dashed, right axis) and D* (dotted, right axis), as in Figure 1")
                .writePng(directory.plot("figure1.png"), 1800, 520);
    }

    private static LinePlot panel(Path file, long iteration) {
        double[][] columns = readColumns(file);
        return LinePlot.titled("iteration " + iteration).xLabel("x").yLabel("density")
                .rightAxis("D(x)", 0, 1)
                .area("p_data", columns[0], columns[1])
                .series("p_g", columns[0], columns[2])
                .series(Series.of("D", columns[0], columns[3]).dashed().onRightAxis())
                .series(Series.of("D*", columns[0], columns[4]).style(org.jgan.experiments.plot.LineStyle.DOTTED)
                        .onRightAxis());
    }

    /** The columns x, p_data, p_g, D, D* of a curves file. */
    private static double[][] readColumns(Path file) {
        try {
            List<double[]> rows = Files.readAllLines(file).stream().skip(1).filter(l -> !l.isBlank())
                    .map(l -> Arrays.stream(l.split(",")).mapToDouble(Double::parseDouble).toArray()).toList();
            double[][] columns = new double[5][rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                for (int c = 0; c < 5; c++) {
                    columns[c][i] = rows.get(i)[c];
                }
            }
            return columns;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
