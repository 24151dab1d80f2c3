package org.jgan.experiments.fgan;

import org.jgan.core.distribution.UnivariateDistribution;
import org.jgan.experiments.config.Config;
import org.jgan.experiments.run.Report;
import org.jgan.experiments.run.RunDirectory;

/** report.md of {@code fgan-gaussian-fit}. */
final class GaussianFitReport {
    private GaussianFitReport() {
    }

    static void write(RunDirectory directory, Config config, FitTables tables, UnivariateDistribution data) {
        Report report = Report.titled(GaussianFitExperiment.NAME + ": Gaussian fits of a mixture by each divergence")
                .paragraph("P = `" + data + "`. For each loss, the generator G_θ(z) = μ + σz, z ~ N(0, 1), starts"
                        + " at N(" + config.asMap().get("init-mean") + ", " + config.asMap().get("init-std") + "²)"
                        + " and trains against the critic of `" + config.asMap().get("critic") + "` with that loss"
                        + " (f-GAN generator objective `" + config.asMap().get("fgan-generator") + "`), as in"
                        + " Nowozin et al. 2016, Section 2.5. θ* = (μ*, σ*) minimises the divergence by quadrature"
                        + " directly (Nelder–Mead from every centre of P). F(ω̂, θ̂) is the trained critic's bound on"
                        + " held-out samples of P and Q_θ̂ (± its standard error); it should lie below"
                        + " D_f(P‖Q_θ̂), which in turn is at least D_f(P‖Q_θ*).")
                .section("Fits (after f-GAN's Table 3, left)");
        tables.fitTable(report);
        report.paragraph("Largest |μ̂ − μ*| = " + Report.format(tables.maxMeanError()) + ", largest |σ̂ − σ*| = "
                        + Report.format(tables.maxStdError()) + ".")
                .section("Cross table (after f-GAN's Table 3, right)")
                .paragraph("Row: the loss the generator was trained with; column: the divergence of P against that"
                        + " Q_θ̂, by quadrature. The smallest value of each column is bold: a fit should score best"
                        + " on the divergence it was trained with. The last row is the column's optimum"
                        + " D_f(P‖Q_θ*).");
        tables.crossTable(report);
        report.figure("P, each trained Q_θ̂ (solid) and the best fit Q_θ* (dashed)",
                        RunDirectory.PLOTS + "/" + FitFigure.FITS)
                .figure("μ and σ during training (dashed: θ* of the same divergence), and the critic's mean slope"
                        + " |∂ℓ/∂v| on Q_θ's samples: near 0 the critic has saturated and passes no gradient on",
                        RunDirectory.PLOTS + "/" + FitFigure.TRAJECTORIES)
                .paragraph("Files: `" + FitTables.FITS_CSV + "` and `" + FitTables.CROSS_CSV + "` hold the tables;"
                        + " `loss-NAME/` holds each training's metrics.csv (with μ, σ and the critic's and the"
                        + " generator's slopes on fixed samples of P and Q_θ), checkpoint and summary.json.")
                .section("Configuration")
                .keyValues("setting", "value", config.asMap())
                .writeTo(directory);
    }
}
