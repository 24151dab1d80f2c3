package org.jgan.experiments.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.jgan.core.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageGridTest {
    private static final int WHITE = 0xFFFFFF;
    private static final int BLACK = 0x000000;

    private static float[] image(int h, int w, float value) {
        float[] pixels = new float[h * w];
        Arrays.fill(pixels, value);
        return pixels;
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xFFFFFF;
    }

    @Test
    void sizeFollowsTilesScaleAndSeparators(@TempDir Path dir) throws IOException {
        List<float[]> samples = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            samples.add(image(28, 28, i / 9f));
        }
        Path file = dir.resolve("samples.png");
        ImageGrid.of(28, 28).tiles(samples, 4).scale(2).separator(2).writePng(file);
        BufferedImage written = ImageIO.read(file.toFile());
        // 4 columns: 4·56 + 5·2 = 234; 3 rows (4 + 4 + 2): 3·56 + 4·2 = 176.
        assertThat(written.getWidth()).isEqualTo(234);
        assertThat(written.getHeight()).isEqualTo(176);
        assertThat(Pixels.luminanceVariance(written)).isGreaterThan(1000);
    }

    @Test
    void pixelsBecomeScaledGrayBlocksAndValuesAreClamped() {
        float[] pixels = new float[3 * 2];
        pixels[0] = 1f;
        pixels[1] = 0.5f;
        pixels[2] = 1.7f;
        pixels[3] = -0.2f;
        BufferedImage grid = ImageGrid.of(3, 2).row(pixels).scale(3).separator(1).render();
        // Tile starts at (1, 1); each source pixel is a 3×3 block.
        for (int dy = 0; dy < 3; dy++) {
            for (int dx = 0; dx < 3; dx++) {
                assertThat(rgb(grid, 1 + dx, 1 + dy)).isEqualTo(WHITE);
                assertThat(rgb(grid, 4 + dx, 1 + dy)).isEqualTo(0x808080);
                assertThat(rgb(grid, 1 + dx, 4 + dy)).isEqualTo(WHITE);
                assertThat(rgb(grid, 4 + dx, 4 + dy)).isEqualTo(BLACK);
            }
        }
        assertThat(rgb(grid, 0, 0)).isEqualTo(WHITE);
    }

    @Test
    void highlightedColumnIsFramedAndOthersAreNot() {
        float[] dark = image(4, 4, 0f);
        BufferedImage grid = ImageGrid.of(4, 4).row(dark, dark, dark).row(dark, dark, dark).scale(1).separator(2)
                .highlightColumn(2).render();
        int highlight = ImageGrid.HIGHLIGHT.getRGB() & 0xFFFFFF;
        int tileStep = 4 + 2;
        int frameLeft = 2 * tileStep;
        for (int row = 0; row < 2; row++) {
            int middle = 2 + row * tileStep + 2;
            assertThat(rgb(grid, frameLeft, middle)).isEqualTo(highlight);
            assertThat(rgb(grid, frameLeft + 4 + 2, middle)).isEqualTo(highlight);
            assertThat(rgb(grid, 0, middle)).isEqualTo(WHITE);
            assertThat(rgb(grid, tileStep, middle)).isEqualTo(WHITE);
            assertThat(rgb(grid, frameLeft + 2, middle)).isEqualTo(BLACK);
        }
    }

    @Test
    void interpolationRowsOfDifferentLengthsLeaveBlankCells() {
        float[] grey = image(2, 2, 0.5f);
        BufferedImage grid = ImageGrid.of(2, 2).row(grey, grey, grey).row(grey).scale(1).separator(1).render();
        assertThat(grid.getWidth()).isEqualTo(3 * 2 + 4);
        assertThat(rgb(grid, 1, 4)).isEqualTo(0x808080);
        assertThat(rgb(grid, 4, 4)).isEqualTo(WHITE);
    }

    @Test
    void badInputNamesTheImage() {
        assertThatThrownBy(() -> ImageGrid.of(28, 28).row(new float[10]))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("image (row 0, column 0)");
        float[] withNaN = image(2, 2, 0f);
        withNaN[3] = Float.NaN;
        assertThatThrownBy(() -> ImageGrid.of(2, 2).row(image(2, 2, 0f), withNaN).render())
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("image (row 0, column 1)");
        assertThatThrownBy(() -> ImageGrid.of(2, 2).render())
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("images");
        assertThatThrownBy(() -> ImageGrid.of(2, 2).row(image(2, 2, 0f)).separator(0).highlightColumn(0).render())
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("separator");
    }
}
