package org.jgan.experiments.mixture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jgan.core.distribution.ModalDistribution;
import org.jgan.experiments.plot.LinePlot;
import org.jgan.experiments.plot.PanelFigure;
import org.jgan.experiments.plot.ScatterPlot;
import org.jgan.experiments.run.MetricsTable;
import org.jgan.experiments.run.RunDirectory;

/**
 * The figures of {@code mixture-2d}, drawn from files in the run directory only (so a resumed run draws every
 * seed): generated samples over the modes (a cross at each mode, a dashed circle of the 3σ high-quality radius)
 * per seed and as one panel, and modes captured against iteration.
 */
final class MixtureFigures {
    /** Samples of a seed's last iteration, under each seed's plots/. */
    static final String SAMPLES_CSV = "samples.csv";
    /** The scatter plot of those samples. */
    static final String SAMPLES_PNG = "samples.png";
    /** Modes captured against iteration, in the run's plots/. */
    static final String MODES_PNG = "modes.png";
    /** The view extends past the outermost modes by this fraction of their span on each side. */
    private static final double MARGIN = 0.25;
    private static final int PANEL_SIZE = 420;
    private static final int MAX_COLUMNS = 5;

    private MixtureFigures() {
    }

    /** Writes row-major samples (x0, y0, x1, y1, ...) as a CSV with columns x, y. */
    static void writeSamples(Path file, double[] xy) {
        StringBuilder csv = new StringBuilder("x,y\n");
        for (int i = 0; i < xy.length; i += 2) {
            csv.append(xy[i]).append(',').append(xy[i + 1]).append('\n');
        }
        RunDirectory.writeAtomically(file, csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Row-major samples (x0, y0, x1, y1, ...) as {xs, ys}. */
    static double[][] columns(double[] xy) {
        double[][] columns = new double[2][xy.length / 2];
        for (int i = 0; i < columns[0].length; i++) {
            columns[0][i] = xy[2 * i];
            columns[1][i] = xy[2 * i + 1];
        }
        return columns;
    }

    /** Reads a file written by {@link #writeSamples} back as {xs, ys}. */
    static double[][] readSamples(Path file) {
        try {
            List<String> rows = Files.readAllLines(file).stream().skip(1).filter(l -> !l.isBlank()).toList();
            double[][] columns = new double[2][rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                String[] cells = rows.get(i).split(",");
                columns[0][i] = Double.parseDouble(cells[0]);
                columns[1][i] = Double.parseDouble(cells[1]);
            }
            return columns;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Samples {xs, ys} over the modes of {@code data}, in a fixed view around the modes (outliers are clipped). */
    static ScatterPlot samples(String title, double[][] xy, ModalDistribution data) {
        double[][] modes = data.modes();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] mode : modes) {
            for (double c : mode) {
                lo = Math.min(lo, c);
                hi = Math.max(hi, c);
            }
        }
        double margin = MARGIN * Math.max(hi - lo, data.modeStd());
        ScatterPlot plot = ScatterPlot.titled(title).equalAspect().hideLegend()
                .xRange(lo - margin, hi + margin).yRange(lo - margin, hi + margin)
                .points("G(z)", xy[0], xy[1]);
        double radius = 3 * data.modeStd();
        for (double[] mode : modes) {
            plot.cross(mode[0], mode[1]).circle(mode[0], mode[1], radius);
        }
        return plot;
    }

    /** The title of a seed's scatter plot: what it captured. */
    static String seedTitle(SeedRun.Result result) {
        return String.format(Locale.ROOT, "seed %d: %d/%d modes, %.1f %% HQ", result.index(),
                result.modesCaptured(), result.modes(), result.highQualityPercent());
    }

    /** The run's figures: every seed's samples in one panel, and modes captured against iteration. */
    static void writeRunFigures(RunDirectory run, List<SeedRun.Result> results, ModalDistribution data,
                                String loss, Optional<PacGanBaseline> baseline) {
        ScatterPlot[] panels = results.stream()
                .map(r -> samples(seedTitle(r), readSamples(SeedRun.directory(run, r.index()).plot(SAMPLES_CSV)), data))
                .toArray(ScatterPlot[]::new);
        int columns = Math.min(results.size(), MAX_COLUMNS);
        int rows = (results.size() + columns - 1) / columns;
        PanelFigure.of(panels).columns(columns)
                .title("loss " + loss + " on " + data + ": samples at the last iteration; x modes, dashed 3σ circles")
                .writePng(run.plot(SAMPLES_PNG), PANEL_SIZE * columns, PANEL_SIZE * rows + PANEL_SIZE / 8);

        LinePlot modes = LinePlot.titled("modes captured (of " + data.modes().length + "), loss " + loss)
                .xLabel("iteration").yLabel("modes captured");
        for (SeedRun.Result r : results) {
            MetricsTable metrics = MetricsTable.read(SeedRun.directory(run, r.index()).file(RunDirectory.METRICS));
            modes.series("seed " + r.index(), metrics.column("iteration"),
                    metrics.column(CoverageProbe.COLUMNS.get(0)));
        }
        modes.referenceLine(data.modes().length, "all modes");
        baseline.ifPresent(b -> modes.referenceLine(b.modes(), "PacGAN GAN baseline"));
        modes.writePng(run.plot(MODES_PNG), 900, 520);
    }
}
