package org.jgan.experiments.mnist;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jgan.core.random.RandomStreams;
import org.jgan.experiments.data.ImageDataset;
import org.jgan.experiments.data.KnownDataset;
import org.jgan.experiments.metrics.NearestImages;
import org.jgan.experiments.plot.ImageGrid;
import org.jgan.experiments.plot.LinePlot;
import org.jgan.experiments.plot.LineStyle;
import org.jgan.experiments.run.MetricsTable;
import org.jgan.experiments.run.RunDirectory;
import org.jgan.models.architecture.GanNetworks;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The experiment's figures, written under plots/:
 * <ul>
 *   <li>{@value #FIGURE_2}: Figure 2 of Goodfellow et al. 2014 — fair random samples (the first
 *       {@value #FIGURE_2_SAMPLES} of draw {@link EvalDraw#FIGURE_2}, none chosen after looking), each beside its
 *       nearest training image by squared L2 distance in pixel space, in the highlighted column of its block
 *       ("to demonstrate that the model has not memorized the training set"); the distances go to
 *       {@value #FIGURE_2_TABLE};</li>
 *   <li>{@value #FIGURE_3}: Figure 3 — each row decodes z = (1 − α)·z_a + α·z_b for α = 0 … 1 in
 *       {@value #FIGURE_3_STEPS} steps between two random points z_a, z_b of draw {@link EvalDraw#FIGURE_3};</li>
 *   <li>{@value #MONITOR_PLOT} and {@value #LOSS_PLOT}: the monitor's validation log-likelihood and the two losses
 *       against the epoch;</li>
 *   <li>{@value #HISTORY_PLOT}, made by {@link ParzenHistory}: the protocol's test score of each kept checkpoint
 *       against the epoch, beside the monitor over the same epochs and, on MNIST, Table 1's
 *       {@value PaperTable1#ADVERSARIAL_NETS_MNIST} nats.</li>
 * </ul>
 */
final class MnistFigures {
    static final String FIGURE_2 = "figure2.png";
    static final String FIGURE_2_TABLE = "figure2-nearest.csv";
    static final String FIGURE_3 = "figure3.png";
    static final String MONITOR_PLOT = "monitor.png";
    static final String LOSS_PLOT = "losses.png";
    static final String HISTORY_PLOT = "parzen-history.png";
    /** Samples in Figure 2. */
    static final int FIGURE_2_SAMPLES = 40;
    /** Figure 2's samples are shown in blocks of this many rows, each row a sample and its nearest image. */
    static final int FIGURE_2_ROWS = 10;
    /** Interpolations in Figure 3, one per row. */
    static final int FIGURE_3_ROWS = 8;
    /** Images per interpolation, both end points included. */
    static final int FIGURE_3_STEPS = 12;
    /** White space between Figure 2's blocks, in pixels. */
    private static final int BLOCK_GAP = 12;
    private static final int SIDE = KnownDataset.IMAGE_SIDE;

    private MnistFigures() {
    }

    /** Figure 2: samples of G beside their nearest images among the training images, given as bytes. */
    static void figure2(RunDirectory directory, GanNetworks networks, RandomStreams random, INDArray trainBytes) {
        INDArray samples = EvalDraw.FIGURE_2.samples(networks, random, FIGURE_2_SAMPLES);
        List<NearestImages.Match> matches = NearestImages.ofPixelBytes(trainBytes).find(samples);
        StringBuilder table = new StringBuilder("sample,training_index,squared_distance\n");
        List<BufferedImage> blocks = new ArrayList<>();
        ImageGrid block = null;
        for (int i = 0; i < FIGURE_2_SAMPLES; i++) {
            if (i % FIGURE_2_ROWS == 0) {
                block = ImageGrid.of(SIDE, SIDE).highlightColumn(1);
            }
            NearestImages.Match match = matches.get(i);
            INDArray nearest = trainBytes.get(NDArrayIndex.interval(match.index(), match.index() + 1), NDArrayIndex.all());
            block.row(pixels(samples, i), pixels(ImageDataset.pixels(nearest, DataType.FLOAT), 0));
            table.append(String.format(Locale.ROOT, "%d,%d,%s%n", i, match.index(), match.squaredDistance()));
            if (i % FIGURE_2_ROWS == FIGURE_2_ROWS - 1 || i == FIGURE_2_SAMPLES - 1) {
                blocks.add(block.render());
            }
        }
        samples.close();
        writePng(sideBySide(blocks), directory, FIGURE_2);
        RunDirectory.writeAtomically(directory.plot(FIGURE_2_TABLE), table.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Figure 3: rows of G(z) along straight lines in z between random end points. */
    static void figure3(RunDirectory directory, GanNetworks networks, RandomStreams random) {
        ImageGrid grid = ImageGrid.of(SIDE, SIDE);
        try (INDArray ends = EvalDraw.FIGURE_3.noise(networks, random, 2 * FIGURE_3_ROWS)) {
            for (int r = 0; r < FIGURE_3_ROWS; r++) {
                grid.row(interpolation(networks, ends.getRow(2L * r), ends.getRow(2L * r + 1)));
            }
        }
        grid.writePng(directory.plot(FIGURE_3));
    }

    /** The images G makes at {@value #FIGURE_3_STEPS} evenly spaced points of the segment from z₀ to z₁. */
    private static List<float[]> interpolation(GanNetworks networks, INDArray from, INDArray to) {
        try (INDArray path = Nd4j.create(from.dataType(), FIGURE_3_STEPS, from.length())) {
            for (int j = 0; j < FIGURE_3_STEPS; j++) {
                double alpha = j / (double) (FIGURE_3_STEPS - 1);
                path.putRow(j, from.mul(1 - alpha).addi(to.mul(alpha)));
            }
            try (INDArray images = EvalDraw.generate(networks, path)) {
                List<float[]> row = new ArrayList<>();
                for (int j = 0; j < FIGURE_3_STEPS; j++) {
                    row.add(pixels(images, j));
                }
                return row;
            }
        }
    }

    /** The monitor's estimate and the losses against the epoch, from metrics.csv. */
    static void trainingCurves(RunDirectory directory, MetricsTable metrics, int batchesPerEpoch, String dataset) {
        double[] iterations = metrics.column("iteration");
        double[] monitor = metrics.column(ParzenMonitor.COLUMNS.get(0));
        List<double[]> measured = rowsWhereFinite(iterations, monitor, batchesPerEpoch);
        LinePlot.titled("Parzen monitor: validation log-likelihood (" + dataset + ")").xLabel("epoch")
                .yLabel("nats").series("monitor", measured.get(0), measured.get(1))
                .writePng(directory.plot(MONITOR_PLOT), 900, 520);
        List<double[]> d = rowsWhereFinite(iterations, metrics.column("d_loss"), batchesPerEpoch);
        List<double[]> g = rowsWhereFinite(iterations, metrics.column("g_loss"), batchesPerEpoch);
        LinePlot.titled("Losses at logged iterations (" + dataset + ")").xLabel("epoch").yLabel("loss")
                .series("D: BCE(real) + BCE(fake)", d.get(0), d.get(1))
                .series("G", g.get(0), g.get(1))
                .writePng(directory.plot(LOSS_PLOT), 900, 520);
    }

    /** The test scores of kept checkpoints and the monitor from the first of them on, against the epoch. */
    static void parzenHistory(RunDirectory directory, List<ParzenHistory.Row> rows, RestorableRun run) {
        int batchesPerEpoch = run.training().batchesPerEpoch();
        double[] epochs = rows.stream().mapToDouble(ParzenHistory.Row::epoch).toArray();
        double[] scores = rows.stream().mapToDouble(row -> row.score().test().mean()).toArray();
        MetricsTable metrics = MetricsTable.read(directory.file(RunDirectory.METRICS));
        List<double[]> monitor = rowsWhereFinite(metrics.column("iteration"),
                metrics.column(ParzenMonitor.COLUMNS.get(0)), batchesPerEpoch, epochs[0]);
        LinePlot plot = LinePlot.titled("Parzen window log-likelihood of kept checkpoints (" + run.dataset().id() + ")")
                .xLabel("epoch").yLabel("nats")
                .series("the protocol: " + run.parzenSamples() + " samples, test images", epochs, scores)
                .series("the monitor: " + run.config().get(MnistSettings.MONITOR_SAMPLES) + " samples, "
                        + run.config().get(MnistSettings.MONITOR_IMAGES) + " validation images",
                        monitor.get(0), monitor.get(1), LineStyle.DOTTED);
        if (run.dataset() == KnownDataset.MNIST) {
            plot.referenceLine(PaperTable1.ADVERSARIAL_NETS_MNIST, "Table 1: " + PaperTable1.ADVERSARIAL_NETS_MNIST_PRINTED);
        }
        plot.writePng(directory.plot(HISTORY_PLOT), 900, 520);
    }

    /** The epochs and values of the rows whose value is finite. */
    private static List<double[]> rowsWhereFinite(double[] iterations, double[] values, int batchesPerEpoch) {
        return rowsWhereFinite(iterations, values, batchesPerEpoch, Double.NEGATIVE_INFINITY);
    }

    /** The epochs from {@code fromEpoch} on and the values of the rows whose value is finite. */
    private static List<double[]> rowsWhereFinite(double[] iterations, double[] values, int batchesPerEpoch,
                                                  double fromEpoch) {
        boolean[] shown = new boolean[values.length];
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            shown[i] = Double.isFinite(values[i]) && iterations[i] / batchesPerEpoch >= fromEpoch;
            n += shown[i] ? 1 : 0;
        }
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0, j = 0; i < values.length; i++) {
            if (shown[i]) {
                xs[j] = iterations[i] / batchesPerEpoch;
                ys[j++] = values[i];
            }
        }
        return List.of(xs, ys);
    }

    private static float[] pixels(INDArray images, long row) {
        return images.get(NDArrayIndex.point(row), NDArrayIndex.all()).toFloatVector();
    }

    private static BufferedImage sideBySide(List<BufferedImage> blocks) {
        int width = blocks.stream().mapToInt(BufferedImage::getWidth).sum() + BLOCK_GAP * (blocks.size() - 1);
        int height = blocks.stream().mapToInt(BufferedImage::getHeight).max().orElseThrow();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        int x = 0;
        for (BufferedImage block : blocks) {
            g.drawImage(block, x, 0, null);
            x += block.getWidth() + BLOCK_GAP;
        }
        g.dispose();
        return image;
    }

    private static void writePng(BufferedImage image, RunDirectory directory, String name) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + name, e);
        }
        RunDirectory.writeAtomically(directory.plot(name), bytes.toByteArray());
    }
}
