package org.jgan.experiments.plot;

import java.awt.Color;
import java.util.Objects;
import org.jgan.core.config.ConfigException;

/**
 * One named curve of a {@link LinePlot}: points (x[i], y[i]) joined in order. A non-finite coordinate
 * (or y ≤ 0 on a log axis) breaks the line into separate pieces; a piece of one point is drawn as a dot.
 *
 * <p>Immutable: the arrays are copied, and each setter returns a new series. Without an explicit colour
 * the plot assigns the next {@link Palette#cycle(int) Okabe–Ito colour}.
 */
public final class Series {
    private final String name;
    private final double[] x;
    private final double[] y;
    private final LineStyle style;
    private final Color colour;
    private final boolean filled;
    private final boolean rightAxis;

    private Series(String name, double[] x, double[] y, LineStyle style, Color colour, boolean filled,
            boolean rightAxis) {
        this.name = name;
        this.x = x;
        this.y = y;
        this.style = style;
        this.colour = colour;
        this.filled = filled;
        this.rightAxis = rightAxis;
    }

    /** A solid series named {@code name} (shown in the legend) through the points (x[i], y[i]). */
    public static Series of(String name, double[] x, double[] y) {
        if (name == null || name.isBlank()) {
            throw new ConfigException("series name", "a non-blank name for the legend", name);
        }
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.length != y.length) {
            throw new ConfigException("series '" + name + "'", "as many y values as x values (" + x.length + ")",
                    y.length);
        }
        return new Series(name, x.clone(), y.clone(), LineStyle.SOLID, null, false, false);
    }

    /** This series stroked with {@code lineStyle}. */
    public Series style(LineStyle lineStyle) {
        return new Series(name, x, y, Objects.requireNonNull(lineStyle, "lineStyle"), colour, filled, rightAxis);
    }

    /** This series dashed: for a second curve of the same kind, or for a theoretical optimum such as D*. */
    public Series dashed() {
        return style(LineStyle.DASHED);
    }

    /** This series in {@code color} instead of the next palette colour. */
    public Series colour(Color color) {
        return new Series(name, x, y, style, Objects.requireNonNull(color, "colour"), filled, rightAxis);
    }

    /** This series with the area between it and y = 0 (or the bottom of a log axis) shaded: for densities. */
    public Series filled() {
        return new Series(name, x, y, style, colour, true, rightAxis);
    }

    /** This series measured against the secondary right-hand y axis, e.g. D(x) ∈ [0, 1] beside densities. */
    public Series onRightAxis() {
        return new Series(name, x, y, style, colour, filled, true);
    }

    String name() {
        return name;
    }

    double[] x() {
        return x;
    }

    double[] y() {
        return y;
    }

    LineStyle lineStyle() {
        return style;
    }

    /** The explicit colour, or {@code fallback} when none was set. */
    Color colourOr(Color fallback) {
        return colour == null ? fallback : colour;
    }

    boolean isFilled() {
        return filled;
    }

    boolean isOnRightAxis() {
        return rightAxis;
    }

    @Override
    public String toString() {
        return "Series{" + name + ", " + x.length + " points, " + style.name().toLowerCase()
                + (colour == null ? "" : ", rgb=#" + Integer.toHexString(colour.getRGB() & 0xFFFFFF))
                + (filled ? ", filled" : "") + (rightAxis ? ", right axis" : "") + "}";
    }
}
