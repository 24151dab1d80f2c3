package org.jgan.experiments.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;

/**
 * Sizes, fonts and neutral colours for one figure, scaled from its bounds so that an 800×600 plot and a
 * 400×400 panel both read well: the base size is min(width, height) / 40 pixels, kept in [13, 24].
 */
final class Theme {
    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color FRAME = new Color(0x44, 0x44, 0x44);
    static final Color GRID = new Color(0xE4, 0xE4, 0xE4);
    static final Color REFERENCE = new Color(0x55, 0x55, 0x55);
    static final Color BACKGROUND = Color.WHITE;
    /** Behind legends and labels that sit on top of data: mostly opaque white. */
    static final Color HALO = new Color(255, 255, 255, 215);
    private static final float SIZE_DIVISOR = 40f;
    private static final float MIN_BASE = 13f;
    private static final float MAX_BASE = 24f;

    final float base;
    final Font title;
    final Font label;
    final Font tick;
    final Font legend;
    final float lineWidth;
    final float frameWidth;
    final float tickLength;
    final float pad;

    private Theme(float base) {
        this.base = base;
        Font sans = new Font(Font.SANS_SERIF, Font.PLAIN, 1);
        this.title = sans.deriveFont(Font.BOLD, base * 1.15f);
        this.label = sans.deriveFont(base * 1.0f);
        this.tick = sans.deriveFont(base * 0.87f);
        this.legend = sans.deriveFont(base * 0.87f);
        this.lineWidth = Math.max(1.5f, base / 7f);
        this.frameWidth = Math.max(1f, base / 14f);
        this.tickLength = base * 0.35f;
        this.pad = base * 0.7f;
    }

    /** The theme for a figure drawn inside {@code bounds}. */
    static Theme forBounds(Rectangle bounds) {
        float base = Math.min(bounds.width, bounds.height) / SIZE_DIVISOR;
        return new Theme(Math.max(MIN_BASE, Math.min(MAX_BASE, base)));
    }

    /** {@code colour} with opacity {@code alpha} out of 255. */
    static Color translucent(Color colour, int alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
    }

    /** Anti-aliased shapes and text, sub-pixel stroke placement and fractional font metrics. */
    static void applyHints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }
}
