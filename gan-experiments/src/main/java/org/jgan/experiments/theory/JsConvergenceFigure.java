package org.jgan.experiments.theory;

import org.jgan.experiments.plot.LinePlot;
import org.jgan.experiments.plot.PanelFigure;
import org.jgan.experiments.run.MetricsTable;
import org.jgan.experiments.run.RunDirectory;

/**
 * The js-convergence figure: (a) JSD(p_data ‖ p_g) and (b) max |D − ½| over the central 98 % of p_data, for the
 * near-optimal inner loop and for k = 1, against the generator update, both on log axes.
 */
final class JsConvergenceFigure {
    /** The figure's file under plots/. */
    static final String FIGURE = "js-convergence.png";

    private JsConvergenceFigure() {
    }

    static void write(RunDirectory directory, MetricsTable nearOptimal, MetricsTable baseline, int k, String loss) {
        String near = "k = " + k + " (near-optimal D)";
        String one = "k = 1 (Algorithm 1)";
        LinePlot jsd = LinePlot.titled("JSD(p_data || p_g)").xLabel("generator update").yLabel("nats").logY()
                .series(near, nearOptimal.column("iteration"), nearOptimal.column("jsd"))
                .series(one, baseline.column("iteration"), baseline.column("jsd"));
        LinePlot half = LinePlot.titled("max |D(x) - 1/2| over the central 98% of p_data").xLabel("generator update")
                .yLabel("probability").logY()
                .series(near, nearOptimal.column("iteration"), nearOptimal.column("d_max_abs_dev_from_half"))
                .series(one, baseline.column("iteration"), baseline.column("d_max_abs_dev_from_half"));
        PanelFigure.of(jsd, half).columns(2).letteredCaptions()
                .title("Proposition 2 with loss " + loss + ": p_g -> p_data and D -> 1/2")
                .writePng(directory.plot(FIGURE), 1600, 560);
    }
}
