package org.jgan.experiments.plot;

import java.awt.BasicStroke;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * The laid-out axes of one plot: the plot area inside the figure bounds, the resolved scales, and the
 * drawing of grid, frame, ticks, tick labels, axis labels and title.
 *
 * <p>Layout runs top-down so nothing is circular: the title and x labels fix the plot height, the
 * height fixes the y ticks, the widest y tick label fixes the left margin, and the remaining width
 * fixes how many x ticks fit without their labels touching.
 */
final class AxesFrame {
    /** Aim for one y tick per this many base sizes of plot height. */
    private static final double Y_TICK_SPACING = 4.5;
    /** Start from one x tick per this many base sizes of plot width, then thin out until labels fit. */
    private static final double X_TICK_SPACING = 5;
    private static final int MIN_TICKS = 3;
    private static final int MAX_TICKS = 10;

    final Rectangle2D plot;
    final Scale x;
    final Scale y;
    /** The secondary right-hand y scale, or null. */
    final Scale right;
    private final Theme theme;
    private final Rectangle bounds;
    private final String title;
    private final Axis xAxis;
    private final Axis yAxis;
    private final Axis rightAxis;

    private AxesFrame(Theme theme, Rectangle bounds, String title, Rectangle2D plot, Axis xAxis, Scale x,
            Axis yAxis, Scale y, Axis rightAxis, Scale right) {
        this.theme = theme;
        this.bounds = bounds;
        this.title = title;
        this.plot = plot;
        this.xAxis = xAxis;
        this.x = x;
        this.yAxis = yAxis;
        this.y = y;
        this.rightAxis = rightAxis;
        this.right = right;
    }

    /**
     * Lays out axes for data spanning the given extents; {@code rightAxis} is null when there is no
     * secondary axis.
     */
    static AxesFrame layout(Graphics2D g, Theme t, Rectangle bounds, String title, Axis xAxis, Extent xData,
            Axis yAxis, Extent yData, Axis rightAxis, Extent rightData) {
        FontMetrics tick = g.getFontMetrics(t.tick);
        FontMetrics label = g.getFontMetrics(t.label);
        double top = bounds.getMinY() + t.pad + (title.isEmpty() ? 0 : g.getFontMetrics(t.title).getHeight() + t.pad * 0.5);
        double bottom = bounds.getMaxY() - t.pad - (xAxis.label().isEmpty() ? 0 : label.getHeight() + t.pad * 0.3)
                - tick.getHeight() - t.tickLength - t.pad * 0.3;
        int yTarget = target(bottom - top, t.base * Y_TICK_SPACING);
        Scale y = yAxis.resolve(yData, yTarget);
        Scale right = rightAxis == null ? null : rightAxis.resolve(rightData, yTarget);
        double left = bounds.getMinX() + sideWidth(g, t, yAxis.label(), y);
        double rightEdge = bounds.getMaxX() - (right == null ? t.pad : sideWidth(g, t, rightAxis.label(), right));

        Scale x = null;
        for (int target = target(rightEdge - left, t.base * X_TICK_SPACING); target >= 2; target--) {
            x = xAxis.resolve(xData, target);
            if (labelsFit(g, t, x, rightEdge - left)) {
                break;
            }
        }
        if (right == null && x.ticks.length > 0) {
            // Keep the last x tick label inside the figure.
            double lastCentre = left + x.fraction(x.ticks[x.ticks.length - 1]) * (rightEdge - left);
            double overflow = lastCentre + width(g, t, x.labels[x.labels.length - 1]) / 2 - (bounds.getMaxX() - t.pad * 0.5);
            rightEdge -= Math.max(0, overflow);
        }
        Rectangle2D plot = new Rectangle2D.Double(left, top, rightEdge - left, bottom - top);
        return new AxesFrame(t, bounds, title, plot, xAxis, x, yAxis, y, rightAxis, right);
    }

    /** The horizontal pixel of data value {@code v}. */
    double px(double v) {
        return plot.getMinX() + x.fraction(v) * plot.getWidth();
    }

    /** The vertical pixel of data value {@code v} on the left axis, or on the right one. */
    double py(double v, boolean onRight) {
        return plot.getMaxY() - (onRight ? right : y).fraction(v) * plot.getHeight();
    }

    /** Light grid lines at the major ticks, drawn beneath the data. */
    void drawGrid(Graphics2D g) {
        g.setColor(Theme.GRID);
        g.setStroke(new BasicStroke(theme.frameWidth * 0.8f));
        for (double v : x.ticks) {
            double p = px(v);
            g.draw(new Line2D.Double(p, plot.getMinY(), p, plot.getMaxY()));
        }
        for (double v : y.ticks) {
            double p = py(v, false);
            g.draw(new Line2D.Double(plot.getMinX(), p, plot.getMaxX(), p));
        }
    }

    /** The frame, ticks, tick labels, axis labels and title, drawn over the data. */
    void drawAxes(Graphics2D g) {
        g.setColor(Theme.FRAME);
        g.setStroke(new BasicStroke(theme.frameWidth));
        g.draw(plot);
        float major = theme.tickLength;
        float minor = theme.tickLength * 0.55f;
        for (double v : x.ticks) {
            g.draw(new Line2D.Double(px(v), plot.getMaxY(), px(v), plot.getMaxY() + major));
        }
        drawVerticalTicks(g, y, false, major, minor);
        if (right != null) {
            drawVerticalTicks(g, right, true, major, minor);
        }

        g.setFont(theme.tick);
        g.setColor(Theme.TEXT);
        FontMetrics tick = g.getFontMetrics();
        double gap = theme.tickLength + theme.pad * 0.3;
        double labelBaseline = plot.getMaxY() + gap + tick.getAscent();
        for (int i = 0; i < x.ticks.length; i++) {
            drawCentred(g, x.labels[i], px(x.ticks[i]), labelBaseline);
        }
        drawVerticalLabels(g, y, false, gap);
        if (right != null) {
            drawVerticalLabels(g, right, true, gap);
        }

        g.setFont(theme.label);
        FontMetrics label = g.getFontMetrics();
        drawCentred(g, xAxis.label(), plot.getCenterX(), bounds.getMaxY() - theme.pad - label.getDescent());
        drawRotated(g, yAxis.label(), bounds.getMinX() + theme.pad + label.getAscent());
        if (right != null) {
            drawRotated(g, rightAxis.label(), bounds.getMaxX() - theme.pad - label.getDescent());
        }
        if (!title.isEmpty()) {
            g.setFont(theme.title);
            drawCentred(g, title, plot.getCenterX(), bounds.getMinY() + theme.pad + g.getFontMetrics().getAscent());
        }
    }

    private void drawVerticalTicks(Graphics2D g, Scale scale, boolean onRight, float major, float minor) {
        double edge = onRight ? plot.getMaxX() : plot.getMinX();
        double outward = onRight ? 1 : -1;
        for (double v : scale.ticks) {
            double p = py(v, onRight);
            g.draw(new Line2D.Double(edge, p, edge + outward * major, p));
        }
        for (double v : scale.minorTicks) {
            double p = py(v, onRight);
            g.draw(new Line2D.Double(edge, p, edge + outward * minor, p));
        }
    }

    private void drawVerticalLabels(Graphics2D g, Scale scale, boolean onRight, double gap) {
        FontMetrics metrics = g.getFontMetrics();
        double centreOffset = (metrics.getAscent() - metrics.getDescent()) / 2.0;
        for (int i = 0; i < scale.ticks.length; i++) {
            double baseline = py(scale.ticks[i], onRight) + centreOffset;
            double textWidth = metrics.getStringBounds(scale.labels[i], g).getWidth();
            double start = onRight ? plot.getMaxX() + gap : plot.getMinX() - gap - textWidth;
            g.drawString(scale.labels[i], (float) start, (float) baseline);
        }
    }

    private void drawRotated(Graphics2D g, String text, double baselineX) {
        if (text.isEmpty()) {
            return;
        }
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2, baselineX, plot.getCenterY());
        drawCentred(g, text, baselineX, plot.getCenterY());
        g.setTransform(saved);
    }

    static void drawCentred(Graphics2D g, String text, double centreX, double baseline) {
        if (!text.isEmpty()) {
            double textWidth = g.getFontMetrics().getStringBounds(text, g).getWidth();
            g.drawString(text, (float) (centreX - textWidth / 2), (float) baseline);
        }
    }

    private static int target(double length, double spacing) {
        return (int) Math.max(MIN_TICKS, Math.min(MAX_TICKS, Math.round(length / spacing)));
    }

    /** Margin beside a vertical axis: padding, the rotated axis label, the widest tick label and the ticks. */
    private static double sideWidth(Graphics2D g, Theme t, String axisLabel, Scale scale) {
        double widest = 0;
        for (String text : scale.labels) {
            widest = Math.max(widest, width(g, t, text));
        }
        double labelHeight = axisLabel.isEmpty() ? 0 : g.getFontMetrics(t.label).getHeight() + t.pad * 0.4;
        return t.pad + labelHeight + widest + t.tickLength + t.pad * 0.3;
    }

    /** Whether neighbouring x tick labels keep at least one base size apart across {@code length} pixels. */
    private static boolean labelsFit(Graphics2D g, Theme t, Scale x, double length) {
        for (int i = 1; i < x.ticks.length; i++) {
            double distance = (x.fraction(x.ticks[i]) - x.fraction(x.ticks[i - 1])) * length;
            double needed = (width(g, t, x.labels[i]) + width(g, t, x.labels[i - 1])) / 2 + t.base;
            if (distance < needed) {
                return false;
            }
        }
        return true;
    }

    private static double width(Graphics2D g, Theme t, String text) {
        return g.getFontMetrics(t.tick).getStringBounds(text, g).getWidth();
    }
}
