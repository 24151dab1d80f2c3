package org.jgan.experiments.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A boxed legend placed in whichever corner of the plot area covers the fewest drawn marks
 * (upper right wins ties, then upper left, lower right, lower left).
 */
final class Legend {
    private static final Color BOX_EDGE = new Color(0xCC, 0xCC, 0xCC);

    /** How an entry's sample is drawn. */
    enum Glyph {
        LINE, AREA, DOT
    }

    /** One legend row. */
    record Entry(String name, Color colour, Glyph glyph, LineStyle style) {
    }

    private Legend() {
    }

    static void draw(Graphics2D g, Theme theme, Rectangle2D plot, List<Entry> entries, Occupancy occupancy) {
        if (entries.isEmpty()) {
            return;
        }
        g.setFont(theme.legend);
        FontMetrics metrics = g.getFontMetrics();
        double glyphWidth = theme.base * 2.2;
        double gap = theme.base * 0.5;
        double inset = theme.base * 0.55;
        double rowHeight = metrics.getHeight() * 1.15;
        double textWidth = 0;
        for (Entry entry : entries) {
            textWidth = Math.max(textWidth, metrics.getStringBounds(entry.name(), g).getWidth());
        }
        double width = inset * 2 + glyphWidth + gap + textWidth;
        double height = inset * 2 + rowHeight * entries.size() - (rowHeight - metrics.getHeight());
        Rectangle2D box = bestCorner(plot, width, height, theme.pad, occupancy);

        g.setColor(Theme.HALO);
        g.fill(box);
        g.setColor(BOX_EDGE);
        g.setStroke(new BasicStroke(theme.frameWidth));
        g.draw(box);
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            double top = box.getMinY() + inset + i * rowHeight;
            double middle = top + metrics.getHeight() / 2.0;
            double left = box.getMinX() + inset;
            drawGlyph(g, theme, entry, left, middle, glyphWidth, metrics.getAscent() * 0.8);
            g.setColor(Theme.TEXT);
            g.drawString(entry.name(), (float) (left + glyphWidth + gap),
                    (float) (middle + (metrics.getAscent() - metrics.getDescent()) / 2.0));
        }
    }

    private static void drawGlyph(Graphics2D g, Theme theme, Entry entry, double left, double middle,
            double width, double height) {
        switch (entry.glyph()) {
            case AREA:
                g.setColor(Theme.translucent(entry.colour(), LinePlot.FILL_ALPHA));
                g.fill(new Rectangle2D.Double(left, middle - height / 2, width, height));
                g.setColor(entry.colour());
                g.setStroke(entry.style().stroke(theme.lineWidth));
                g.draw(new Line2D.Double(left, middle - height / 2, left + width, middle - height / 2));
                break;
            case DOT:
                double d = height * 0.7;
                g.setColor(entry.colour());
                g.fill(new Ellipse2D.Double(left + width / 2 - d / 2, middle - d / 2, d, d));
                break;
            default:
                g.setColor(entry.colour());
                g.setStroke(entry.style().stroke(theme.lineWidth));
                g.draw(new Line2D.Double(left, middle, left + width, middle));
        }
    }

    private static Rectangle2D bestCorner(Rectangle2D plot, double width, double height, double margin,
            Occupancy occupancy) {
        double left = plot.getMinX() + margin;
        double right = plot.getMaxX() - margin - width;
        double top = plot.getMinY() + margin;
        double bottom = plot.getMaxY() - margin - height;
        double[][] corners = {{right, top}, {left, top}, {right, bottom}, {left, bottom}};
        Rectangle2D best = null;
        long fewest = Long.MAX_VALUE;
        for (double[] corner : corners) {
            Rectangle2D candidate = new Rectangle2D.Double(corner[0], corner[1], width, height);
            long count = occupancy.count(candidate);
            if (count < fewest) {
                fewest = count;
                best = candidate;
            }
        }
        return best;
    }
}
