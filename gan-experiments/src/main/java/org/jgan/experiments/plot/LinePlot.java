package org.jgan.experiments.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jgan.core.config.ConfigException;

/**
 * Named curves against a shared x axis, with a legend, "nice" ticks (steps of 1, 2 or 5 × 10^k; Heckbert 1990),
 * an optional log10 y axis, labelled horizontal reference lines and an optional secondary right-hand y axis.
 *
 * <p>Typical uses in a run directory: the Jensen–Shannon divergence against iteration with the reference
 * line 0, the discriminator criterion C(G) with the reference line −log 4 (Theorem 1 of Goodfellow et al.
 * 2014), gradient magnitudes on a log axis, and the densities p_data, p_g with D(x) on a right axis in
 * [0, 1] (the panels of Figure 1).
 *
 * <pre>{@code
 * LinePlot.titled("JSD").xLabel("iteration").yLabel("nats").logY()
 *         .series("minimax", xs, ys).referenceLine(0.01, "0.01").writePng(path, 800, 600);
 * }</pre>
 *
 * <p>The x axis spans the data exactly; the y axes widen to the enclosing nice ticks and include every
 * reference line and, for filled series, y = 0. A mutable builder: each setter returns this plot.
 */
public final class LinePlot implements Figure {
    /** Diameter of the dot drawn for an isolated point, in line widths. */
    static final float DOT_DIAMETER = 2.6f;
    /** Opacity (of 255) of the shading under a filled series. */
    static final int FILL_ALPHA = 70;

    private final String title;
    private Axis x = Axis.automatic(Axis.Fit.TIGHT);
    private Axis y = Axis.automatic(Axis.Fit.NICE);
    private Axis right = Axis.automatic(Axis.Fit.NICE);
    private final List<Series> series = new ArrayList<>();
    private final List<ReferenceLine> referenceLines = new ArrayList<>();
    private boolean legend = true;

    private record ReferenceLine(double value, String label) {
    }

    private LinePlot(String title) {
        this.title = title == null ? "" : title;
    }

    /** An empty plot with {@code title} above it (null or "" for none). */
    public static LinePlot titled(String title) {
        return new LinePlot(title);
    }

    /** Labels the x axis. */
    public LinePlot xLabel(String label) {
        x = x.withLabel(label);
        return this;
    }

    /** Labels the (left) y axis. */
    public LinePlot yLabel(String label) {
        y = y.withLabel(label);
        return this;
    }

    /** Makes the left y axis log10-scaled; values y ≤ 0 then break the lines like NaN. */
    public LinePlot logY() {
        y = y.withLog();
        return this;
    }

    /** Fixes the x range instead of fitting it to the data. */
    public LinePlot xRange(double lo, double hi) {
        x = x.withRange("xRange", lo, hi);
        return this;
    }

    /** Fixes the left y range instead of fitting it to the data (lo &gt; 0 on a log axis). */
    public LinePlot yRange(double lo, double hi) {
        y = y.withRange("yRange", lo, hi);
        return this;
    }

    /** Labels the secondary right-hand y axis and fixes its range, e.g. {@code rightAxis("D(x)", 0, 1)}. */
    public LinePlot rightAxis(String label, double lo, double hi) {
        right = right.withLabel(label).withRange("rightAxis", lo, hi);
        return this;
    }

    /** Adds a solid series in the next palette colour. */
    public LinePlot series(String name, double[] xs, double[] ys) {
        return series(Series.of(name, xs, ys));
    }

    /** Adds a series in the next palette colour, stroked with {@code style}. */
    public LinePlot series(String name, double[] xs, double[] ys, LineStyle style) {
        return series(Series.of(name, xs, ys).style(style));
    }

    /** Adds a filled series: the area between the curve and y = 0 is shaded, e.g. for a density. */
    public LinePlot area(String name, double[] xs, double[] ys) {
        return series(Series.of(name, xs, ys).filled());
    }

    /** Adds a fully configured series (colour, style, fill, right axis). */
    public LinePlot series(Series s) {
        series.add(s);
        return this;
    }

    /** Adds a dashed grey horizontal line at y = {@code value} on the left axis, labelled at its right end. */
    public LinePlot referenceLine(double value, String label) {
        if (!Double.isFinite(value)) {
            throw new ConfigException("referenceLine", "a finite value", value);
        }
        referenceLines.add(new ReferenceLine(value, label == null ? "" : label));
        return this;
    }

    /** Leaves the legend out, e.g. in small panels whose series a caption explains. */
    public LinePlot hideLegend() {
        legend = false;
        return this;
    }

    @Override
    public void draw(Graphics2D g, Rectangle bounds) {
        validate();
        Theme theme = Theme.forBounds(bounds);
        Theme.applyHints(g);
        Extent xData = x.newExtent();
        Extent yData = y.newExtent();
        Extent rightData = right.newExtent();
        boolean hasRight = false;
        for (Series s : series) {
            hasRight |= s.isOnRightAxis();
            Extent target = s.isOnRightAxis() ? rightData : yData;
            for (int i = 0; i < s.x().length; i++) {
                if (Axis.drawable(s.x()[i], false) && Axis.drawable(s.y()[i], s.isOnRightAxis() ? right.log() : y.log())) {
                    xData.include(s.x()[i]);
                    target.include(s.y()[i]);
                }
            }
            if (s.isFilled()) {
                target.include(0);
            }
        }
        referenceLines.forEach(line -> yData.include(line.value()));
        AxesFrame frame = AxesFrame.layout(g, theme, bounds, title, x, xData, y, yData, hasRight ? right : null,
                rightData);

        frame.drawGrid(g);
        Occupancy occupancy = new Occupancy(frame.plot);
        Shape savedClip = g.getClip();
        g.clip(frame.plot);
        for (int i = 0; i < series.size(); i++) {
            if (series.get(i).isFilled()) {
                fill(g, frame, series.get(i), colourOf(i));
            }
        }
        drawReferenceLines(g, theme, frame, occupancy);
        for (int i = 0; i < series.size(); i++) {
            stroke(g, theme, frame, series.get(i), colourOf(i), occupancy);
        }
        g.setClip(savedClip);
        frame.drawAxes(g);
        drawReferenceLabels(g, theme, frame, occupancy);
        if (legend) {
            Legend.draw(g, theme, frame.plot, legendEntries(), occupancy);
        }
    }

    private void validate() {
        y.validate("yRange");
        if (y.log()) {
            for (ReferenceLine line : referenceLines) {
                if (!(line.value() > 0)) {
                    throw new ConfigException("referenceLine", "a value > 0 on a log-scale y axis", line.value());
                }
            }
        }
    }

    private Color colourOf(int index) {
        return series.get(index).colourOr(Palette.cycle(index));
    }

    /** The pixel coordinates of each unbroken piece of {@code s}: pieces[k][0] are xs, pieces[k][1] ys. */
    private static List<double[][]> pieces(AxesFrame frame, Series s) {
        Scale scale = s.isOnRightAxis() ? frame.right : frame.y;
        List<double[][]> pieces = new ArrayList<>();
        int n = s.x().length;
        int start = 0;
        while (start < n) {
            while (start < n && !(Axis.drawable(s.x()[start], false) && scale.accepts(s.y()[start]))) {
                start++;
            }
            int end = start;
            while (end < n && Axis.drawable(s.x()[end], false) && scale.accepts(s.y()[end])) {
                end++;
            }
            if (end > start) {
                double[][] piece = new double[2][end - start];
                for (int i = start; i < end; i++) {
                    piece[0][i - start] = frame.px(s.x()[i]);
                    piece[1][i - start] = frame.py(s.y()[i], s.isOnRightAxis());
                }
                pieces.add(piece);
            }
            start = end;
        }
        return pieces;
    }

    private static void fill(Graphics2D g, AxesFrame frame, Series s, Color colour) {
        Scale scale = s.isOnRightAxis() ? frame.right : frame.y;
        double baseline = scale.log ? frame.plot.getMaxY()
                : frame.py(Math.max(scale.lo, Math.min(scale.hi, 0)), s.isOnRightAxis());
        g.setColor(Theme.translucent(colour, FILL_ALPHA));
        for (double[][] piece : pieces(frame, s)) {
            Path2D.Double area = new Path2D.Double();
            area.moveTo(piece[0][0], baseline);
            for (int i = 0; i < piece[0].length; i++) {
                area.lineTo(piece[0][i], piece[1][i]);
            }
            area.lineTo(piece[0][piece[0].length - 1], baseline);
            area.closePath();
            g.fill(area);
        }
    }

    private static void stroke(Graphics2D g, Theme theme, AxesFrame frame, Series s, Color colour,
            Occupancy occupancy) {
        g.setColor(colour);
        g.setStroke(s.lineStyle().stroke(theme.lineWidth));
        for (double[][] piece : pieces(frame, s)) {
            double[] px = piece[0];
            double[] py = piece[1];
            if (px.length == 1) {
                double d = theme.lineWidth * DOT_DIAMETER;
                g.fill(new Ellipse2D.Double(px[0] - d / 2, py[0] - d / 2, d, d));
                occupancy.mark(px[0], py[0]);
                continue;
            }
            Path2D.Double line = new Path2D.Double();
            line.moveTo(px[0], py[0]);
            for (int i = 1; i < px.length; i++) {
                line.lineTo(px[i], py[i]);
                occupancy.markSegment(px[i - 1], py[i - 1], px[i], py[i]);
            }
            g.draw(line);
        }
    }

    private void drawReferenceLines(Graphics2D g, Theme theme, AxesFrame frame, Occupancy occupancy) {
        g.setColor(Theme.REFERENCE);
        g.setStroke(LineStyle.DASHED.stroke(theme.frameWidth * 1.2f));
        for (ReferenceLine line : referenceLines) {
            double p = frame.py(line.value(), false);
            g.draw(new Line2D.Double(frame.plot.getMinX(), p, frame.plot.getMaxX(), p));
            occupancy.markSegment(frame.plot.getMinX(), p, frame.plot.getMaxX(), p);
        }
    }

    /**
     * Each label sits at one end of its line, just above or below it, wherever the curves drawn so far
     * leave most room (right end above the line wins ties).
     */
    private void drawReferenceLabels(Graphics2D g, Theme theme, AxesFrame frame, Occupancy occupancy) {
        g.setFont(theme.tick);
        FontMetrics metrics = g.getFontMetrics();
        double gap = theme.pad * 0.3;
        for (ReferenceLine line : referenceLines) {
            if (line.label().isEmpty()) {
                continue;
            }
            double p = frame.py(line.value(), false);
            double boxWidth = metrics.getStringBounds(line.label(), g).getWidth() + 2 * gap;
            double[] lefts = {frame.plot.getMaxX() - theme.pad * 0.3 - boxWidth, frame.plot.getMinX() + theme.pad * 0.3};
            double[] tops = {p - gap - metrics.getHeight(), p + gap};
            Rectangle2D best = null;
            long fewest = Long.MAX_VALUE;
            for (double top : tops) {
                for (double left : lefts) {
                    Rectangle2D box = new Rectangle2D.Double(left, top, boxWidth, metrics.getHeight());
                    long count = occupancy.count(box);
                    if (frame.plot.contains(box) && count < fewest) {
                        fewest = count;
                        best = box;
                    }
                }
            }
            if (best == null) {
                best = new Rectangle2D.Double(lefts[0], tops[0], boxWidth, metrics.getHeight());
            }
            g.setColor(Theme.HALO);
            g.fill(best);
            g.setColor(Theme.REFERENCE);
            g.drawString(line.label(), (float) (best.getMinX() + gap), (float) (best.getMinY() + metrics.getAscent()));
            occupancy.markSegment(best.getMinX(), best.getCenterY(), best.getMaxX(), best.getCenterY());
        }
    }

    private List<Legend.Entry> legendEntries() {
        List<Legend.Entry> entries = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            String name = s.isOnRightAxis() ? s.name() + " (right axis)" : s.name();
            Legend.Glyph glyph = s.isFilled() ? Legend.Glyph.AREA : joinsPoints(s) ? Legend.Glyph.LINE : Legend.Glyph.DOT;
            entries.add(new Legend.Entry(name, colourOf(i), glyph, s.lineStyle()));
        }
        return entries;
    }

    /** Whether any two neighbouring points of {@code s} are both drawable, so that a line shows. */
    private boolean joinsPoints(Series s) {
        boolean log = s.isOnRightAxis() ? right.log() : y.log();
        for (int i = 1; i < s.x().length; i++) {
            if (Axis.drawable(s.x()[i - 1], false) && Axis.drawable(s.y()[i - 1], log)
                    && Axis.drawable(s.x()[i], false) && Axis.drawable(s.y()[i], log)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "LinePlot{title='" + title + "', x=" + x.describe() + ", y=" + y.describe()
                + (series.stream().anyMatch(Series::isOnRightAxis) ? ", right=" + right.describe() : "")
                + ", series=" + series + (referenceLines.isEmpty() ? "" : ", referenceLines=" + referenceLines)
                + (legend ? "" : ", no legend") + "}";
    }
}
