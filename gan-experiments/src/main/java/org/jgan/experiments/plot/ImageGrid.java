package org.jgan.experiments.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jgan.core.config.Check;
import org.jgan.core.config.ConfigException;

/**
 * Grayscale images (row-major float pixels, 0 = black, 1 = white, clamped to [0, 1]) tiled in rows,
 * each pixel enlarged to a {@code scale × scale} block, with thin separators between tiles.
 *
 * <p>Figure 2 of Goodfellow et al. 2014 shows samples with the nearest training example beside them in a
 * highlighted column: {@link #highlightColumn(int)} frames that column in {@link #HIGHLIGHT}. Figure 3
 * shows interpolations in latent space: one {@link #row} per interpolation.
 *
 * <pre>{@code
 * ImageGrid.of(28, 28).tiles(samples, 10).scale(2).writePng(path);
 * }</pre>
 *
 * The PNG is (columns·w·scale + (columns + 1)·separator) × (rows·h·scale + (rows + 1)·separator) pixels;
 * rows shorter than the longest leave their remaining cells blank. A mutable builder.
 */
public final class ImageGrid {
    /** Default enlargement: a 28×28 digit becomes 56×56 pixels. */
    public static final int DEFAULT_SCALE = 2;
    /** Default gap between tiles, in pixels. */
    public static final int DEFAULT_SEPARATOR = 2;
    /** Colour of the gaps and of blank cells. */
    public static final Color BACKGROUND = Color.WHITE;
    /** Colour of the frame around a highlighted column's tiles. */
    public static final Color HIGHLIGHT = Palette.ORANGE;

    private final int height;
    private final int width;
    private final List<List<float[]>> rows = new ArrayList<>();
    private int scale = DEFAULT_SCALE;
    private int separator = DEFAULT_SEPARATOR;
    private int highlightedColumn = -1;

    private ImageGrid(int height, int width) {
        this.height = Check.atLeast("image height", height, 1);
        this.width = Check.atLeast("image width", width, 1);
    }

    /** An empty grid of {@code height × width} images. */
    public static ImageGrid of(int height, int width) {
        return new ImageGrid(height, width);
    }

    /** Appends one row of images, e.g. one latent-space interpolation. */
    public ImageGrid row(float[]... images) {
        return row(Arrays.asList(images));
    }

    /** Appends one row of images. */
    public ImageGrid row(List<float[]> images) {
        List<float[]> row = new ArrayList<>(images.size());
        for (float[] image : images) {
            Objects.requireNonNull(image, "image");
            if (image.length != height * width) {
                throw new ConfigException("image (row " + rows.size() + ", column " + row.size() + ")",
                        height + "×" + width + " = " + height * width + " pixels", image.length);
            }
            row.add(image.clone());
        }
        rows.add(row);
        return this;
    }

    /** Appends {@code images} in rows of {@code columns}, the last row possibly shorter. */
    public ImageGrid tiles(List<float[]> images, int columns) {
        Check.atLeast("columns", columns, 1);
        for (int start = 0; start < images.size(); start += columns) {
            row(images.subList(start, Math.min(images.size(), start + columns)));
        }
        return this;
    }

    /** Enlarges each pixel to a {@code factor × factor} block. */
    public ImageGrid scale(int factor) {
        scale = Check.atLeast("scale", factor, 1);
        return this;
    }

    /** Sets the gap between tiles, in pixels (at least 1 when a column is highlighted). */
    public ImageGrid separator(int pixels) {
        separator = Check.atLeast("separator", pixels, 0);
        return this;
    }

    /** Frames every tile of column {@code column} (0-based) in {@link #HIGHLIGHT}. */
    public ImageGrid highlightColumn(int column) {
        highlightedColumn = Check.atLeast("highlightColumn", column, 0);
        return this;
    }

    /** The tiled image. */
    public BufferedImage render() {
        if (rows.isEmpty() || rows.stream().allMatch(List::isEmpty)) {
            throw new ConfigException("images", "at least one image", 0);
        }
        if (highlightedColumn >= 0 && separator < 1) {
            throw new ConfigException("separator", "at least 1 pixel to frame the highlighted column", separator);
        }
        int columns = rows.stream().mapToInt(List::size).max().orElseThrow();
        int tileWidth = width * scale;
        int tileHeight = height * scale;
        BufferedImage image = Png.canvas(columns * (tileWidth + separator) + separator,
                rows.size() * (tileHeight + separator) + separator);
        int[] tile = new int[tileWidth * tileHeight];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                fillTile(tile, rows.get(r).get(c), r, c);
                image.setRGB(separator + c * (tileWidth + separator), separator + r * (tileHeight + separator),
                        tileWidth, tileHeight, tile, 0, tileWidth);
            }
        }
        if (highlightedColumn >= 0) {
            frameColumn(image, tileWidth, tileHeight);
        }
        return image;
    }

    /** Writes the tiled image as a PNG, atomically (temporary file, then rename). */
    public void writePng(Path path) {
        Png.write(render(), path);
    }

    private void fillTile(int[] tile, float[] pixels, int row, int column) {
        int tileWidth = width * scale;
        for (int i = 0; i < height; i++) {
            for (int j = 0; j < width; j++) {
                float v = pixels[i * width + j];
                if (Float.isNaN(v)) {
                    throw new ConfigException("image (row " + row + ", column " + column + ")",
                            "pixel values that are numbers", "NaN at (" + i + ", " + j + ")");
                }
                int level = Math.round(Math.max(0f, Math.min(1f, v)) * 255f);
                int rgb = 0xFF000000 | level << 16 | level << 8 | level;
                for (int di = 0; di < scale; di++) {
                    Arrays.fill(tile, (i * scale + di) * tileWidth + j * scale, (i * scale + di) * tileWidth + (j + 1) * scale, rgb);
                }
            }
        }
    }

    /** Paints the separator ring around each tile of the highlighted column. */
    private void frameColumn(BufferedImage image, int tileWidth, int tileHeight) {
        Graphics2D g = image.createGraphics();
        g.setColor(HIGHLIGHT);
        int left = highlightedColumn * (tileWidth + separator);
        for (int r = 0; r < rows.size(); r++) {
            if (highlightedColumn < rows.get(r).size()) {
                int top = r * (tileHeight + separator);
                int outerWidth = tileWidth + 2 * separator;
                int outerHeight = tileHeight + 2 * separator;
                g.fillRect(left, top, outerWidth, separator);
                g.fillRect(left, top + outerHeight - separator, outerWidth, separator);
                g.fillRect(left, top, separator, outerHeight);
                g.fillRect(left + outerWidth - separator, top, separator, outerHeight);
            }
        }
        g.dispose();
    }

    @Override
    public String toString() {
        return "ImageGrid{" + height + "×" + width + ", rows=" + rows.size() + ", scale=" + scale + ", separator="
                + separator + (highlightedColumn >= 0 ? ", highlightedColumn=" + highlightedColumn : "") + "}";
    }
}
