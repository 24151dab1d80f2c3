package org.jgan.experiments.plot;

import java.awt.BasicStroke;
import java.awt.Stroke;

/** How a series' line is stroked; dash lengths scale with the line width so they read at any size. */
public enum LineStyle {
    /** A continuous line. */
    SOLID(null),
    /** Dashes of four line widths separated by gaps of two and a half. */
    DASHED(new float[] {4f, 2.5f}),
    /** Round dots one line width apart. */
    DOTTED(new float[] {0.01f, 2f});

    private final float[] pattern;

    LineStyle(float[] pattern) {
        this.pattern = pattern;
    }

    /** The stroke for a line of {@code width} pixels. */
    Stroke stroke(float width) {
        if (pattern == null) {
            return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        float[] dash = new float[pattern.length];
        for (int i = 0; i < dash.length; i++) {
            dash[i] = pattern[i] * width;
        }
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }
}
