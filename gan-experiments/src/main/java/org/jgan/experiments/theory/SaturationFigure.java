package org.jgan.experiments.theory;

import org.jgan.experiments.plot.LinePlot;
import org.jgan.experiments.plot.LineStyle;
import org.jgan.experiments.plot.PanelFigure;
import org.jgan.experiments.run.MetricsTable;
import org.jgan.experiments.run.RunDirectory;

/**
 * The saturation figure: (a) ‖∂L_G/∂θ_G‖ under the minimax and the non-saturating generator objectives as D
 * trains against a frozen, poor G; (b) their ratio beside 1/D(G(z)), the per-sample ratio's size when
 * D(G(z)) is small. Log y axes.
 */
final class SaturationFigure {
    /** The figure's file under plots/. */
    static final String FIGURE = "saturation.png";

    private SaturationFigure() {
    }

    static void write(RunDirectory directory, MetricsTable metrics) {
        double[] steps = metrics.column("iteration");
        double[] dFake = metrics.column("d_fake_mean");
        double[] inverse = new double[dFake.length];
        for (int i = 0; i < dFake.length; i++) {
            inverse[i] = 1 / dFake[i];
        }
        LinePlot norms = LinePlot.titled("gradient reaching G").xLabel("D update").yLabel("||dL_G/dtheta_G||")
                .logY()
                .series("minimax: log(1 - D(G(z)))", steps, metrics.column("grad_norm_minimax"))
                .series("non-saturating: -log D(G(z))", steps, metrics.column("grad_norm_non_saturating"));
        LinePlot ratio = LinePlot.titled("non-saturating / minimax").xLabel("D update").yLabel("ratio").logY()
                .series("gradient-norm ratio", steps, metrics.column("grad_ratio"))
                .series("1 / mean D(G(z))", steps, inverse, LineStyle.DASHED);
        PanelFigure.of(norms, ratio).columns(2).letteredCaptions()
                .title("Section 3: the saturating generator objective as D grows confident")
                .writePng(directory.plot(FIGURE), 1600, 560);
    }
}
