package org.jgan.experiments.plot;

import java.awt.geom.Rectangle2D;

/**
 * A coarse count of how much has been drawn where inside the plot area, so the legend can go to the
 * emptiest corner. Cells are {@value #CELL} pixels square.
 */
final class Occupancy {
    private static final int CELL = 4;
    private final Rectangle2D area;
    private final int columns;
    private final int rows;
    private final int[] counts;

    Occupancy(Rectangle2D area) {
        this.area = area;
        this.columns = Math.max(1, (int) Math.ceil(area.getWidth() / CELL));
        this.rows = Math.max(1, (int) Math.ceil(area.getHeight() / CELL));
        this.counts = new int[columns * rows];
    }

    /** Marks the pixel (x, y); points outside the area or not finite are ignored. */
    void mark(double x, double y) {
        int column = (int) Math.floor((x - area.getMinX()) / CELL);
        int row = (int) Math.floor((y - area.getMinY()) / CELL);
        if (column >= 0 && column < columns && row >= 0 && row < rows) {
            counts[row * columns + column]++;
        }
    }

    /** Marks the straight segment from (x0, y0) to (x1, y1), one mark per cell length. */
    void markSegment(double x0, double y0, double x1, double y1) {
        if (!Double.isFinite(x0 + y0 + x1 + y1)) {
            return;
        }
        int steps = (int) Math.min(10_000, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / CELL));
        for (int i = 0; i <= steps; i++) {
            double t = steps == 0 ? 0 : i / (double) steps;
            mark(x0 + t * (x1 - x0), y0 + t * (y1 - y0));
        }
    }

    /** How many marks fall in cells that overlap {@code box}. */
    long count(Rectangle2D box) {
        int c0 = Math.max(0, (int) Math.floor((box.getMinX() - area.getMinX()) / CELL));
        int c1 = Math.min(columns - 1, (int) Math.floor((box.getMaxX() - area.getMinX()) / CELL));
        int r0 = Math.max(0, (int) Math.floor((box.getMinY() - area.getMinY()) / CELL));
        int r1 = Math.min(rows - 1, (int) Math.floor((box.getMaxY() - area.getMinY()) / CELL));
        long total = 0;
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                total += counts[r * columns + c];
            }
        }
        return total;
    }
}
