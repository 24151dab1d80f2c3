package org.jgan.experiments.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jgan.core.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinePlotTest {
    private static final int W = 800;
    private static final int H = 600;
    /**
     * At 800×600 lines are 15/7 ≈ 2.14 px wide, so an opaque horizontal line fully covers at least one
     * pixel row, whose colour is then exact up to 8-bit rounding of the anti-aliasing blend.
     */
    private static final int EXACT = 2;
    /**
     * A row estimate (mean of the fully covered rows) is within 0.6 px of the line's true centre, so the
     * midpoint of two estimates and a third estimate differ by at most 1.2 px when the mapping is linear.
     */
    private static final double ROW_TOLERANCE = 1.5;
    private static final double[] UNIT = {0, 1};

    @Test
    void writesADecodablePngOfTheRequestedSizeThatIsNotBlank(@TempDir Path dir) throws IOException {
        double[] iterations = new double[100];
        double[] jsd = new double[100];
        for (int i = 0; i < 100; i++) {
            iterations[i] = 10 * i;
            jsd[i] = Math.log(2) * Math.exp(-i / 20.0);
        }
        Path file = dir.resolve("nested/jsd.png");
        LinePlot.titled("JSD").xLabel("iteration").yLabel("nats").series("minimax", iterations, jsd)
                .referenceLine(0, "0").writePng(file, 640, 480);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(480);
        // Blank is 0; the frame alone (≈ 2,000 of 307,200 pixels, ≈ 190 levels below white) gives ≈ 230.
        assertThat(Pixels.luminanceVariance(image)).isGreaterThan(200);
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void horizontalLineAtOneHalfLiesInTheMiddleBandInTheSeriesColour() {
        BufferedImage image = LinePlot.titled("half").yRange(0, 1).series("y = 0.5", UNIT, new double[] {0.5, 0.5})
                .hideLegend().render(W, H);
        List<Integer> rows = Pixels.rowsMatching(image, W / 2, Palette.BLUE, EXACT);
        // Title and labels take less than 15% of the height at each end, so the plot area's middle
        // row lies within 0.5 ± 0.075 of the image height.
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row).isBetween((int) (0.425 * H), (int) (0.575 * H)));
    }

    @Test
    void linearAxisPlacesEvenlySpacedValuesOnEvenlySpacedRowsWithLargerValuesHigher() {
        BufferedImage image = LinePlot.titled("").yRange(0, 1)
                .series("low", UNIT, new double[] {0.2, 0.2})
                .series("middle", UNIT, new double[] {0.5, 0.5})
                .series("high", UNIT, new double[] {0.8, 0.8}).hideLegend().render(W, H);
        double low = Pixels.meanRow(image, W / 2, Palette.cycle(0), EXACT);
        double middle = Pixels.meanRow(image, W / 2, Palette.cycle(1), EXACT);
        double high = Pixels.meanRow(image, W / 2, Palette.cycle(2), EXACT);
        assertThat(high).isLessThan(middle);
        assertThat(middle).isLessThan(low);
        assertThat(Math.abs(middle - (low + high) / 2)).isLessThan(ROW_TOLERANCE);
    }

    @Test
    void logAxisPlacesDecadesOnEvenlySpacedRows() {
        BufferedImage image = LinePlot.titled("").logY().yRange(1e-4, 1)
                .series("1e-3", UNIT, new double[] {1e-3, 1e-3})
                .series("1e-2", UNIT, new double[] {1e-2, 1e-2})
                .series("1e-1", UNIT, new double[] {1e-1, 1e-1}).hideLegend().render(W, H);
        double low = Pixels.meanRow(image, W / 2, Palette.cycle(0), EXACT);
        double middle = Pixels.meanRow(image, W / 2, Palette.cycle(1), EXACT);
        double high = Pixels.meanRow(image, W / 2, Palette.cycle(2), EXACT);
        assertThat(Math.abs(middle - (low + high) / 2)).isLessThan(ROW_TOLERANCE);
        // On a linear axis 1e-2 would sit next to 1e-3 (9% of the way up to 1e-1), far from the midpoint.
        assertThat(low - high).isGreaterThan(100);
    }

    @Test
    void nanBreaksTheLineIntoTwoPieces() {
        double[] xs = new double[101];
        double[] gappy = new double[101];
        double[] full = new double[101];
        for (int i = 0; i <= 100; i++) {
            xs[i] = i / 100.0;
            gappy[i] = i > 35 && i < 65 ? Double.NaN : 0.5;
            full[i] = 0.25;
        }
        BufferedImage image = LinePlot.titled("").yRange(0, 1).series("gappy", xs, gappy).series("full", xs, full)
                .hideLegend().render(W, H);
        int fullRow = (int) Math.round(Pixels.meanRow(image, W / 2, Palette.cycle(1), EXACT));
        int first = W;
        int last = -1;
        for (int x = 0; x < W; x++) {
            if (Pixels.matches(image, x, fullRow, Palette.cycle(1), EXACT)) {
                first = Math.min(first, x);
                last = Math.max(last, x);
            }
        }
        // The continuous line spans x ∈ [0, 1], so these columns are x = 0.2 and x = 0.5.
        int atFifth = (int) Math.round(first + 0.2 * (last - first));
        int atHalf = (first + last) / 2;
        assertThat(Pixels.rowsMatching(image, atFifth, Palette.cycle(0), EXACT)).isNotEmpty();
        assertThat(Pixels.rowsMatching(image, atHalf, Palette.cycle(0), EXACT)).isEmpty();
    }

    @Test
    void singlePointIsDrawnAsADot() {
        BufferedImage image = LinePlot.titled("").xRange(0, 1).yRange(0, 1)
                .series("one", new double[] {0.5}, new double[] {0.5}).hideLegend().render(W, H);
        // The dot is 2.6 line widths ≈ 5.6 px across: its inscribed square (3.9 px) always holds a fully
        // covered 2×2 block, and the whole disc has area π·2.8² ≈ 25 px.
        int dot = Pixels.count(image, 0, 0, W, H, Palette.BLUE, EXACT);
        assertThat(dot).isBetween(4, 25);
    }

    @Test
    void nonPositiveValuesOnALogAxisAreGaps() {
        BufferedImage image = LinePlot.titled("").logY().series("grad", new double[] {0, 1, 2, 3, 4},
                new double[] {1e-3, 0, -1, 1e-2, 1e-1}).hideLegend().render(W, H);
        assertThat(Pixels.count(image, 0, 0, W, H, Palette.BLUE, EXACT)).isPositive();
    }

    @Test
    void filledSeriesShadesTheAreaBetweenTheCurveAndZero() {
        BufferedImage image = LinePlot.titled("").yRange(0, 1).area("density", UNIT, new double[] {0.5, 0.5})
                .hideLegend().render(W, H);
        int line = (int) Math.round(Pixels.meanRow(image, W / 2, Palette.BLUE, EXACT));
        double alpha = LinePlot.FILL_ALPHA / 255.0;
        Color shade = new Color((int) Math.round(255 + alpha * (Palette.BLUE.getRed() - 255)),
                (int) Math.round(255 + alpha * (Palette.BLUE.getGreen() - 255)),
                (int) Math.round(255 + alpha * (Palette.BLUE.getBlue() - 255)));
        int below = Pixels.count(image, W / 2, line + 5, W / 2 + 1, line + 105, shade, EXACT);
        int above = Pixels.count(image, W / 2, line - 105, W / 2 + 1, line - 5, shade, EXACT);
        // Of the 100 rows below, only those under a grid line (a few px per 0.2 of y) differ.
        assertThat(below).isGreaterThan(85);
        assertThat(above).isZero();
    }

    @Test
    void dashedLineCoversAboutThreeQuartersOfWhatASolidOneCovers() {
        int solid = middleBandPixels(LineStyle.SOLID);
        int dashed = middleBandPixels(LineStyle.DASHED);
        // Dashes of 4 widths plus round caps of 1 width, every 6.5 widths: (4 + 1) / 6.5 ≈ 0.77 of the length.
        assertThat((double) dashed / solid).isBetween(0.6, 0.9);
    }

    private static int middleBandPixels(LineStyle style) {
        BufferedImage image = LinePlot.titled("").yRange(0, 1).series("s", UNIT, new double[] {0.5, 0.5}, style)
                .hideLegend().render(W, H);
        int row = (int) Math.round(Pixels.meanRow(image, W / 2, Palette.BLUE, EXACT));
        if (Pixels.rowsMatching(image, W / 2, Palette.BLUE, EXACT).isEmpty()) {
            row = Pixels.rowsMatching(image, W / 2 + 10, Palette.BLUE, EXACT).get(0);
        }
        return Pixels.count(image, W / 4, row - 3, 3 * W / 4, row + 4, Palette.BLUE, 60);
    }

    @Test
    void rightAxisSeriesIsMeasuredAgainstItsOwnRange() {
        // The two series that should meet at one height are drawn side by side so neither hides the other:
        // the plot area spans well over half the width, so columns W/4 and 3W/4 fall on x ≈ 0.2 and x ≈ 0.8.
        double[] leftHalf = {0, 0.45};
        double[] rightHalf = {0.55, 1};
        BufferedImage image = LinePlot.titled("").xRange(0, 1).yRange(0, 2)
                .series("left at 1", leftHalf, new double[] {1, 1})
                .series(Series.of("right at 0.5", rightHalf, new double[] {0.5, 0.5}).onRightAxis())
                .series("left at 0.5", UNIT, new double[] {0.5, 0.5})
                .rightAxis("D(x)", 0, 1).hideLegend().render(W, H);
        double leftAtOne = Pixels.meanRow(image, W / 4, Palette.cycle(0), EXACT);
        double rightAtHalf = Pixels.meanRow(image, 3 * W / 4, Palette.cycle(1), EXACT);
        double leftAtHalf = Pixels.meanRow(image, W / 2, Palette.cycle(2), EXACT);
        assertThat(Math.abs(leftAtOne - rightAtHalf)).isLessThan(ROW_TOLERANCE);
        assertThat(leftAtHalf - leftAtOne).isGreaterThan(100);
    }

    @Test
    void referenceLineIsDrawnAtItsValue() {
        BufferedImage image = LinePlot.titled("").yRange(0, 1)
                .series("quarter", UNIT, new double[] {0.25, 0.25})
                .series("three quarters", UNIT, new double[] {0.75, 0.75})
                .referenceLine(0.5, "half").hideLegend().render(W, H);
        double quarter = Pixels.meanRow(image, W / 2, Palette.cycle(0), EXACT);
        double threeQuarters = Pixels.meanRow(image, W / 2, Palette.cycle(1), EXACT);
        double expected = (quarter + threeQuarters) / 2;
        int bestRow = -1;
        int bestCount = 0;
        // Only between the two series: the dark grey frame above and below would otherwise win.
        for (int y = (int) threeQuarters + 3; y < quarter - 3; y++) {
            int count = 0;
            for (int x = (int) (0.3 * W); x < 0.7 * W; x++) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 0xFF;
                int g = rgb >> 8 & 0xFF;
                int b = rgb & 0xFF;
                // Neutral grey well darker than the grid (228): the 1.3-px dashed line covers some row by ≥ 65%.
                if (Math.abs(r - g) <= 3 && Math.abs(g - b) <= 3 && r < 160) {
                    count++;
                }
            }
            if (count > bestCount) {
                bestCount = count;
                bestRow = y;
            }
        }
        assertThat(Math.abs(bestRow - expected)).isLessThan(ROW_TOLERANCE + 0.5);
        // 320 columns, dashes cover ≈ 60–77% of them.
        assertThat(bestCount).isGreaterThan(150);
    }

    @Test
    void legendShowsEachSeriesColourInTheEmptyUpperPart() {
        LinePlot plot = LinePlot.titled("").yRange(0, 1).series("a", UNIT, new double[] {0.1, 0.1})
                .series("b", UNIT, new double[] {0.15, 0.15});
        BufferedImage withLegend = plot.render(W, H);
        // The legend glyph is 2.2 base sizes ≈ 33 px long with at least one fully covered row.
        assertThat(Pixels.count(withLegend, 0, 0, W, H / 2, Palette.cycle(0), EXACT)).isGreaterThan(25);
        assertThat(Pixels.count(withLegend, 0, 0, W, H / 2, Palette.cycle(1), EXACT)).isGreaterThan(25);
        BufferedImage without = plot.hideLegend().render(W, H);
        assertThat(Pixels.count(without, 0, 0, W, H / 2, Palette.cycle(0), EXACT)).isZero();
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> Series.of("g", new double[] {1, 2}, new double[] {1}))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("series 'g'");
        assertThatThrownBy(() -> LinePlot.titled("").logY().referenceLine(0, "0").render(W, H))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("referenceLine");
        assertThatThrownBy(() -> LinePlot.titled("").referenceLine(Double.NaN, "?"))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("referenceLine");
        assertThatThrownBy(() -> LinePlot.titled("").render(50, H))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("width");
        assertThatThrownBy(() -> LinePlot.titled("").xRange(2, 1))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("xRange");
    }

    @Test
    void toStringShowsTheConfiguration() {
        String text = LinePlot.titled("JSD").yLabel("nats").logY().series("minimax", UNIT, new double[] {1, 2})
                .series(Series.of("D", UNIT, UNIT).dashed().onRightAxis()).referenceLine(1, "one").toString();
        assertThat(text).contains("JSD", "'nats' log", "minimax, 2 points, solid", "dashed, right axis", "one");
    }
}
