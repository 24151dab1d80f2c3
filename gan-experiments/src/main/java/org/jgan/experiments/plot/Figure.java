package org.jgan.experiments.plot;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.jgan.core.config.Check;

/**
 * Something that draws itself into a rectangle: a {@link LinePlot}, a {@link ScatterPlot}, or a
 * {@link PanelFigure} of them. Fonts, line widths and margins scale with the rectangle.
 */
public interface Figure {
    /** Default PNG width in pixels. */
    int DEFAULT_WIDTH = 800;
    /** Default PNG height in pixels. */
    int DEFAULT_HEIGHT = 600;
    /** Smallest accepted width or height: below this, labels no longer fit. */
    int MIN_SIZE = 120;

    /** Draws the figure inside {@code bounds} of {@code g}; the background is left as it is. */
    void draw(Graphics2D g, Rectangle bounds);

    /** Renders the figure on a white {@code width × height} canvas. */
    default BufferedImage render(int width, int height) {
        Check.atLeast("width", width, MIN_SIZE);
        Check.atLeast("height", height, MIN_SIZE);
        BufferedImage image = Png.canvas(width, height);
        Graphics2D g = Png.graphics(image);
        try {
            draw(g, new Rectangle(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes the figure as a {@code width × height} PNG, atomically (temporary file, then rename). */
    default void writePng(Path path, int width, int height) {
        Png.write(render(width, height), path);
    }

    /** Writes the figure as a {@value #DEFAULT_WIDTH} × {@value #DEFAULT_HEIGHT} PNG. */
    default void writePng(Path path) {
        writePng(path, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }
}
