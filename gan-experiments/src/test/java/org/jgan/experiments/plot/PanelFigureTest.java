package org.jgan.experiments.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jgan.core.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PanelFigureTest {
    /** Panel lines are at least 13/7 ≈ 1.9 px wide; 60 levels of slack admit partly covered rows too. */
    private static final int NEAR = 60;
    private static final double[] UNIT = {0, 1};

    private static LinePlot panel(Color colour) {
        return LinePlot.titled("").yRange(0, 1).series(Series.of("s", UNIT, new double[] {0.5, 0.5}).colour(colour))
                .hideLegend();
    }

    @Test
    void panelsSitSideBySideInTheirOwnColumns() {
        BufferedImage image = PanelFigure.of(panel(Palette.BLUE), panel(Palette.VERMILLION)).render(1200, 400);
        assertThat(Pixels.count(image, 0, 0, 600, 400, Palette.BLUE, NEAR)).isPositive();
        assertThat(Pixels.count(image, 600, 0, 1200, 400, Palette.BLUE, NEAR)).isZero();
        assertThat(Pixels.count(image, 600, 0, 1200, 400, Palette.VERMILLION, NEAR)).isPositive();
        assertThat(Pixels.count(image, 0, 0, 600, 400, Palette.VERMILLION, NEAR)).isZero();
    }

    @Test
    void twoColumnsFillRowsFirst() {
        Color[] colours = {Palette.BLUE, Palette.VERMILLION, Palette.BLUISH_GREEN, Palette.REDDISH_PURPLE};
        BufferedImage image = PanelFigure.of(panel(colours[0]), panel(colours[1]), panel(colours[2]), panel(colours[3]))
                .columns(2).title("four").letteredCaptions().render(1000, 800);
        for (int i = 0; i < 4; i++) {
            int x0 = (i % 2) * 500;
            int y0 = (i / 2) * 400;
            assertThat(Pixels.count(image, x0, y0, x0 + 500, y0 + 400, colours[i], NEAR)).as("panel %d", i).isPositive();
        }
    }

    @Test
    void figureOneStylePanelsWithARightAxisWriteAPng(@TempDir Path dir) throws IOException {
        double[] xs = new double[200];
        double[] data = new double[200];
        double[] model = new double[200];
        double[] discriminator = new double[200];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = -1 + 8.0 * i / 199;
            data[i] = Math.exp(-2 * (xs[i] - 4) * (xs[i] - 4)) / Math.sqrt(Math.PI / 2);
            model[i] = Math.exp(-0.5 * (xs[i] - 2) * (xs[i] - 2)) / Math.sqrt(2 * Math.PI);
            discriminator[i] = data[i] / (data[i] + model[i]);
        }
        Figure[] panels = new Figure[4];
        for (int p = 0; p < 4; p++) {
            panels[p] = LinePlot.titled("").xLabel("x")
                    .series(Series.of("p_data", xs, data).style(LineStyle.DOTTED).colour(Palette.BLACK))
                    .series(Series.of("p_g", xs, model).colour(Palette.BLUISH_GREEN).filled())
                    .series(Series.of("D", xs, discriminator).dashed().colour(Palette.BLUE).onRightAxis())
                    .rightAxis("D(x)", 0, 1);
        }
        Path file = dir.resolve("figure1.png");
        PanelFigure.of(panels).letteredCaptions().writePng(file, 1600, 450);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(450);
        assertThat(Pixels.luminanceVariance(image)).isGreaterThan(200);
        for (int p = 0; p < 4; p++) {
            assertThat(Pixels.count(image, p * 400, 0, (p + 1) * 400, 450, Palette.BLUISH_GREEN, NEAR)).isPositive();
        }
    }

    @Test
    void captionsMustMatchThePanels() {
        assertThatThrownBy(() -> PanelFigure.of(panel(Palette.BLUE)).captions("(a)", "(b)"))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("captions");
        assertThatThrownBy(() -> PanelFigure.of(panel(Palette.BLUE)).columns(0))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("columns");
    }
}
