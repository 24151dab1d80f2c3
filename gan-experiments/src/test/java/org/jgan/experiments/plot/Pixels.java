package org.jgan.experiments.plot;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** Pixel measurements on rendered figures, for assertions that do not depend on golden files. */
final class Pixels {
    private Pixels() {
    }

    /** Whether the pixel at (x, y) is within {@code tolerance} of {@code colour} in every channel. */
    static boolean matches(BufferedImage image, int x, int y, Color colour, int tolerance) {
        int rgb = image.getRGB(x, y);
        return Math.abs((rgb >> 16 & 0xFF) - colour.getRed()) <= tolerance
                && Math.abs((rgb >> 8 & 0xFF) - colour.getGreen()) <= tolerance
                && Math.abs((rgb & 0xFF) - colour.getBlue()) <= tolerance;
    }

    /** The rows of column {@code x} whose pixel matches {@code colour}. */
    static List<Integer> rowsMatching(BufferedImage image, int x, Color colour, int tolerance) {
        List<Integer> rows = new ArrayList<>();
        for (int y = 0; y < image.getHeight(); y++) {
            if (matches(image, x, y, colour, tolerance)) {
                rows.add(y);
            }
        }
        return rows;
    }

    /** The mean of the rows of column {@code x} whose pixel matches {@code colour}; NaN if none does. */
    static double meanRow(BufferedImage image, int x, Color colour, int tolerance) {
        return rowsMatching(image, x, colour, tolerance).stream().mapToInt(Integer::intValue).average()
                .orElse(Double.NaN);
    }

    /** How many pixels in [x0, x1) × [y0, y1) match {@code colour}. */
    static int count(BufferedImage image, int x0, int y0, int x1, int y1, Color colour, int tolerance) {
        int n = 0;
        for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
                if (matches(image, x, y, colour, tolerance)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The centroid {x, y} of all pixels matching {@code colour}; NaNs if none does. */
    static double[] centroid(BufferedImage image, Color colour, int tolerance) {
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (matches(image, x, y, colour, tolerance)) {
                    sx += x;
                    sy += y;
                    n++;
                }
            }
        }
        return new double[] {sx / n, sy / n};
    }

    /** The variance of the pixels' luminance (mean of the three channels); 0 for a blank image. */
    static double luminanceVariance(BufferedImage image) {
        double sum = 0;
        double sumSquares = 0;
        long n = (long) image.getWidth() * image.getHeight();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                double v = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3.0;
                sum += v;
                sumSquares += v * v;
            }
        }
        double mean = sum / n;
        return sumSquares / n - mean * mean;
    }
}
