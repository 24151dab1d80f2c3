package org.jgan.experiments.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jgan.core.config.Check;
import org.jgan.core.config.ConfigException;

/**
 * Groups of 2-D points drawn as small translucent dots, so density shows where thousands overlap, with
 * optional overlays in black: crosses (e.g. the centres of a Gaussian mixture's modes) and dashed circles
 * in data units (e.g. 3σ around each centre, the usual "mode covered" radius of the 2-D mixture experiments).
 *
 * <pre>{@code
 * ScatterPlot.titled("iteration 5000").equalAspect()
 *         .points("data", dataX, dataY).points("generated", fakeX, fakeY)
 *         .cross(1, 0).circle(1, 0, 3 * 0.02).writePng(path, 700, 700);
 * }</pre>
 *
 * <p>Both axes span the data, overlays included, plus 5% of the span on each side.
 * With {@link #equalAspect()} one unit has the same length on both axes, so circles are round. Non-finite
 * points are skipped. A mutable builder: each setter returns this plot.
 */
public final class ScatterPlot implements Figure {
    /** Default dot opacity: about three overlapping dots look solid. */
    public static final double DEFAULT_OPACITY = 0.35;
    /** Default dot diameter, in the figure's base font sizes (about 5 pixels at 800×600). */
    static final double DOT_SIZE_IN_BASE = 0.35;
    /** How many times the layout is redone until the plot area stops changing under equal aspect. */
    private static final int ASPECT_PASSES = 3;

    private final String title;
    private Axis x = Axis.automatic(Axis.Fit.PADDED);
    private Axis y = Axis.automatic(Axis.Fit.PADDED);
    private final List<Group> groups = new ArrayList<>();
    private final List<double[]> crosses = new ArrayList<>();
    private final List<double[]> circles = new ArrayList<>();
    private boolean equalAspect;
    private double opacity = DEFAULT_OPACITY;
    private double dotSize = Double.NaN;
    private boolean legend = true;

    private record Group(String name, double[] xs, double[] ys, Color colour) {
    }

    private ScatterPlot(String title) {
        this.title = title == null ? "" : title;
    }

    /** An empty scatter plot with {@code title} above it (null or "" for none). */
    public static ScatterPlot titled(String title) {
        return new ScatterPlot(title);
    }

    /** Labels the x axis. */
    public ScatterPlot xLabel(String label) {
        x = x.withLabel(label);
        return this;
    }

    /** Labels the y axis. */
    public ScatterPlot yLabel(String label) {
        y = y.withLabel(label);
        return this;
    }

    /** Fixes the x range instead of fitting it to the data (equal aspect may still widen it). */
    public ScatterPlot xRange(double lo, double hi) {
        x = x.withRange("xRange", lo, hi);
        return this;
    }

    /** Fixes the y range instead of fitting it to the data (equal aspect may still widen it). */
    public ScatterPlot yRange(double lo, double hi) {
        y = y.withRange("yRange", lo, hi);
        return this;
    }

    /** Gives one data unit the same length on both axes, widening whichever range is too short. */
    public ScatterPlot equalAspect() {
        equalAspect = true;
        return this;
    }

    /** Sets the dots' opacity in [0, 1] (default {@value #DEFAULT_OPACITY}). */
    public ScatterPlot opacity(double alpha) {
        opacity = Check.inRange("opacity", alpha, 0, 1);
        return this;
    }

    /** Sets the dot diameter in pixels (default: scaled with the figure, about 5 pixels at 800×600). */
    public ScatterPlot dotSize(double pixels) {
        dotSize = Check.positive("dotSize", pixels);
        return this;
    }

    /** Leaves the legend out, e.g. when a single group needs no name. */
    public ScatterPlot hideLegend() {
        legend = false;
        return this;
    }

    /** Adds a group of points (xs[i], ys[i]) in the next palette colour, named in the legend. */
    public ScatterPlot points(String name, double[] xs, double[] ys) {
        return points(name, xs, ys, Palette.cycle(groups.size()));
    }

    /** Adds a group of points in {@code colour}. */
    public ScatterPlot points(String name, double[] xs, double[] ys, Color colour) {
        // Series.of checks the name and the lengths and copies the arrays, exactly what a group needs.
        Series validated = Series.of(name, xs, ys);
        groups.add(new Group(name, validated.x(), validated.y(), Objects.requireNonNull(colour, "colour")));
        return this;
    }

    /** Marks (x, y) with a black cross. */
    public ScatterPlot cross(double cx, double cy) {
        crosses.add(new double[] {finite("cross", cx), finite("cross", cy)});
        return this;
    }

    /** Draws a dashed black circle of {@code radius} data units around (cx, cy). */
    public ScatterPlot circle(double cx, double cy, double radius) {
        circles.add(new double[] {finite("circle", cx), finite("circle", cy), Check.positive("circle radius", radius)});
        return this;
    }

    @Override
    public void draw(Graphics2D g, Rectangle bounds) {
        Theme theme = Theme.forBounds(bounds);
        Theme.applyHints(g);
        Extent xData = x.newExtent();
        Extent yData = y.newExtent();
        for (Group group : groups) {
            for (int i = 0; i < group.xs().length; i++) {
                if (Double.isFinite(group.xs()[i]) && Double.isFinite(group.ys()[i])) {
                    xData.include(group.xs()[i]);
                    yData.include(group.ys()[i]);
                }
            }
        }
        crosses.forEach(c -> {
            xData.include(c[0]);
            yData.include(c[1]);
        });
        circles.forEach(c -> {
            xData.include(c[0] - c[2]);
            xData.include(c[0] + c[2]);
            yData.include(c[1] - c[2]);
            yData.include(c[1] + c[2]);
        });
        AxesFrame frame = AxesFrame.layout(g, theme, bounds, title, x, xData, y, yData, null, null);
        if (equalAspect) {
            frame = equalise(g, theme, bounds, frame, xData, yData);
        }

        frame.drawGrid(g);
        Occupancy occupancy = new Occupancy(frame.plot);
        Shape savedClip = g.getClip();
        g.clip(frame.plot);
        double diameter = Double.isNaN(dotSize) ? theme.base * DOT_SIZE_IN_BASE : dotSize;
        for (Group group : groups) {
            g.setColor(Theme.translucent(group.colour(), (int) Math.round(opacity * 255)));
            for (int i = 0; i < group.xs().length; i++) {
                double px = frame.px(group.xs()[i]);
                double py = frame.py(group.ys()[i], false);
                if (Double.isFinite(px) && Double.isFinite(py)) {
                    g.fill(new Ellipse2D.Double(px - diameter / 2, py - diameter / 2, diameter, diameter));
                    occupancy.mark(px, py);
                }
            }
        }
        drawOverlays(g, theme, frame, occupancy);
        g.setClip(savedClip);
        frame.drawAxes(g);
        if (legend) {
            List<Legend.Entry> entries = new ArrayList<>();
            groups.forEach(group -> entries.add(new Legend.Entry(group.name(), group.colour(), Legend.Glyph.DOT,
                    LineStyle.SOLID)));
            Legend.draw(g, theme, frame.plot, entries, occupancy);
        }
    }

    /**
     * Widens one range about its centre so that (x range) / (plot width) = (y range) / (plot height). The
     * widened ranges change the tick labels and hence the margins, so the layout is redone until the plot
     * area is stable to half a pixel.
     */
    private AxesFrame equalise(Graphics2D g, Theme theme, Rectangle bounds, AxesFrame first, Extent xData,
            Extent yData) {
        AxesFrame frame = first;
        for (int pass = 0; pass < ASPECT_PASSES; pass++) {
            double unit = Math.max((first.x.hi - first.x.lo) / frame.plot.getWidth(),
                    (first.y.hi - first.y.lo) / frame.plot.getHeight());
            double halfWidth = unit * frame.plot.getWidth() / 2;
            double halfHeight = unit * frame.plot.getHeight() / 2;
            double cx = (first.x.lo + first.x.hi) / 2;
            double cy = (first.y.lo + first.y.hi) / 2;
            AxesFrame next = AxesFrame.layout(g, theme, bounds, title,
                    x.withRange("xRange", cx - halfWidth, cx + halfWidth), xData,
                    y.withRange("yRange", cy - halfHeight, cy + halfHeight), yData, null, null);
            boolean stable = Math.abs(next.plot.getWidth() - frame.plot.getWidth()) < 0.5
                    && Math.abs(next.plot.getHeight() - frame.plot.getHeight()) < 0.5;
            frame = next;
            if (stable) {
                break;
            }
        }
        return frame;
    }

    private void drawOverlays(Graphics2D g, Theme theme, AxesFrame frame, Occupancy occupancy) {
        g.setColor(Palette.BLACK);
        g.setStroke(LineStyle.DASHED.stroke(theme.lineWidth * 0.7f));
        for (double[] c : circles) {
            double left = frame.px(c[0] - c[2]);
            double top = frame.py(c[1] + c[2], false);
            Ellipse2D ring = new Ellipse2D.Double(left, top, frame.px(c[0] + c[2]) - left,
                    frame.py(c[1] - c[2], false) - top);
            g.draw(ring);
            occupancy.markSegment(ring.getMinX(), ring.getCenterY(), ring.getMaxX(), ring.getCenterY());
        }
        g.setStroke(new BasicStroke(theme.lineWidth * 1.1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double arm = theme.base * 0.4;
        for (double[] c : crosses) {
            double px = frame.px(c[0]);
            double py = frame.py(c[1], false);
            g.draw(new Line2D.Double(px - arm, py - arm, px + arm, py + arm));
            g.draw(new Line2D.Double(px - arm, py + arm, px + arm, py - arm));
            occupancy.mark(px, py);
        }
    }

    private static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new ConfigException(field, "a finite coordinate", value);
        }
        return value;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ScatterPlot{title='").append(title).append("', x=")
                .append(x.describe()).append(", y=").append(y.describe()).append(", groups=[");
        for (int i = 0; i < groups.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(groups.get(i).name()).append('(').append(groups.get(i).xs().length)
                    .append(" points)");
        }
        return text.append("], crosses=").append(crosses.size()).append(", circles=").append(circles.size())
                .append(", opacity=").append(opacity).append(equalAspect ? ", equal aspect" : "").append(legend ? "" : ", no legend").append('}')
                .toString();
    }
}
