package org.jgan.experiments.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.jgan.core.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScatterPlotTest {
    private static final int W = 800;
    private static final int H = 600;
    /** Opaque 6-px dots fully cover their inner pixels, whose colour is then exact up to 8-bit rounding. */
    private static final int EXACT = 2;

    @Test
    void writesADecodablePngOfTheRequestedSizeThatIsNotBlank(@TempDir Path dir) throws IOException {
        Random random = new Random(7);
        double[] xs = new double[2000];
        double[] ys = new double[2000];
        for (int i = 0; i < xs.length; i++) {
            double angle = 2 * Math.PI * (i % 8) / 8;
            xs[i] = 2 * Math.cos(angle) + 0.05 * random.nextGaussian();
            ys[i] = 2 * Math.sin(angle) + 0.05 * random.nextGaussian();
        }
        Path file = dir.resolve("ring.png");
        ScatterPlot.titled("ring").points("data", xs, ys).cross(2, 0).circle(2, 0, 0.15).equalAspect()
                .writePng(file, 700, 500);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(700);
        assertThat(image.getHeight()).isEqualTo(500);
        // Blank is 0; the frame alone gives a few hundred (see LinePlotTest).
        assertThat(Pixels.luminanceVariance(image)).isGreaterThan(200);
    }

    @Test
    void equalAspectGivesOneUnitTheSameLengthOnBothAxes() {
        double aspectFree = unitLengthRatio(false);
        double equal = unitLengthRatio(true);
        // Each centroid of a symmetric dot is within 0.5 px of its centre; a unit is ≈ 70+ px long,
        // so the ratio is within 2 · 1 px / 70 px ≈ 0.03 of 1.
        assertThat(equal).isCloseTo(1.0, within(0.03));
        // Without it, the wide group (x span 8, y span 2) squeezes x units to about a third of y units.
        assertThat(aspectFree).isLessThan(0.6);
    }

    /** Pixel length of one x unit divided by the pixel length of one y unit. */
    private static double unitLengthRatio(boolean equalAspect) {
        ScatterPlot plot = ScatterPlot.titled("").opacity(1).dotSize(6).hideLegend()
                .points("origin", new double[] {0}, new double[] {0})
                .points("x = 1", new double[] {1}, new double[] {0})
                .points("y = 1", new double[] {0}, new double[] {1})
                .points("wide", new double[] {-4, 4}, new double[] {-1, 1});
        if (equalAspect) {
            plot.equalAspect();
        }
        BufferedImage image = plot.render(W, H);
        double[] origin = Pixels.centroid(image, Palette.cycle(0), EXACT);
        double[] unitX = Pixels.centroid(image, Palette.cycle(1), EXACT);
        double[] unitY = Pixels.centroid(image, Palette.cycle(2), EXACT);
        assertThat(unitY[1]).isLessThan(origin[1]);
        return (unitX[0] - origin[0]) / (origin[1] - unitY[1]);
    }

    @Test
    void crossIsDrawnAtItsDataPoint() {
        BufferedImage image = ScatterPlot.titled("").opacity(1).dotSize(6).hideLegend()
                .points("corners", new double[] {-1, 1}, new double[] {-1, 1}).cross(0, 0).render(W, H);
        // The two dots are symmetric about (0, 0); their joint centroid is the cross's centre.
        double[] centroid = Pixels.centroid(image, Palette.BLUE, EXACT);
        int centreX = (int) Math.round(centroid[0]);
        int centreY = (int) Math.round(centroid[1]);
        // The cross's strokes are 2.4 px wide, so pixels within a pixel of their crossing are fully black.
        assertThat(Pixels.count(image, centreX - 1, centreY - 1, centreX + 2, centreY + 2, Palette.BLACK, EXACT))
                .isPositive();
    }

    @Test
    void translucentDotsBlendWithTheBackground() {
        BufferedImage image = ScatterPlot.titled("").opacity(0.5).dotSize(8).hideLegend()
                .points("one", new double[] {0, 1}, new double[] {0, 1}).render(W, H);
        assertThat(Pixels.count(image, 0, 0, W, H, Palette.BLUE, EXACT)).isZero();
        // Half of BLUE (0, 114, 178) over white is (128, 185, 217) up to rounding.
        assertThat(Pixels.count(image, 0, 0, W, H, new Color(128, 185, 217), EXACT)).isPositive();
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> ScatterPlot.titled("").opacity(1.5))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("opacity");
        assertThatThrownBy(() -> ScatterPlot.titled("").circle(0, 0, -1))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("circle radius");
        assertThatThrownBy(() -> ScatterPlot.titled("").cross(Double.NaN, 0))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("cross");
    }

    @Test
    void toStringShowsTheConfiguration() {
        assertThat(ScatterPlot.titled("modes").points("data", new double[] {1, 2}, new double[] {3, 4})
                .equalAspect().toString()).contains("modes", "data(2 points)", "equal aspect");
    }
}
