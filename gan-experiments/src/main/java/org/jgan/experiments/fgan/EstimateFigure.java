package org.jgan.experiments.fgan;

import org.jgan.experiments.plot.LinePlot;
import org.jgan.experiments.plot.LineStyle;
import org.jgan.experiments.run.MetricsTable;
import org.jgan.experiments.run.RunDirectory;

/**
 * plots/estimate.png of {@code divergence-estimate}, drawn from metrics.csv: the held-out estimate and the
 * training batch's estimate against the critic's step, with the divergence by quadrature as a reference line.
 */
final class EstimateFigure {
    /** The figure's file under plots/. */
    static final String FIGURE = "estimate.png";
    /** The y range covers the curves from this fraction of the steps on, so an early transient does not flatten it. */
    private static final double SETTLED_FROM = 0.05;

    private EstimateFigure() {
    }

    static void write(RunDirectory directory, String divergence, double trueValue, String loss) {
        MetricsTable metrics = MetricsTable.read(directory.file(RunDirectory.METRICS));
        double[] steps = metrics.column("iteration");
        double[] heldOut = metrics.column("heldout_estimate");
        double[] batch = metrics.column("batch_estimate");
        double lo = trueValue;
        double hi = trueValue;
        double from = SETTLED_FROM * steps[steps.length - 1];
        for (int i = 0; i < steps.length; i++) {
            if (steps[i] >= from) {
                for (double v : new double[] {heldOut[i], batch[i]}) {
                    if (Double.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
        }
        double pad = 0.1 * Math.max(hi - lo, 1e-3 * Math.max(1, Math.abs(trueValue)));
        LinePlot.titled(divergence + " estimated by the " + loss + " critic")
                .xLabel("critic step").yLabel(divergence).yRange(lo - pad, hi + pad)
                .series("training batch", steps, batch, LineStyle.DOTTED)
                .series("held out (" + DivergenceEstimateExperiment.MONITOR_BATCHES + " batches)", steps, heldOut)
                .referenceLine(trueValue, "quadrature " + String.format(java.util.Locale.ROOT, "%.7g", trueValue))
                .writePng(directory.plot(FIGURE), 900, 520);
    }
}
