package org.jgan.experiments.plot;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jgan.core.config.Check;
import org.jgan.core.config.ConfigException;

/**
 * Several figures in one image, in a grid filled row by row (by default one row, side by side), with an
 * optional overall title and a caption under each panel.
 *
 * <p>Made for Figure 1 of Goodfellow et al. 2014: four panels (a)–(d) each showing p_data and p_g (left
 * axis, densities) and D(x) (right axis, [0, 1]) as D and G converge. Each panel is an ordinary
 * {@link LinePlot} using {@link Series#onRightAxis()}:
 *
 * <pre>{@code
 * PanelFigure.of(a, b, c, d).letteredCaptions().writePng(path, 1600, 450);
 * }</pre>
 *
 * Every cell has the same size, so the panels share font sizes and line widths.
 */
public final class PanelFigure implements Figure {
    private final List<Figure> panels;
    private int columns;
    private String title = "";
    private List<String> captions = List.of();

    private PanelFigure(List<Figure> panels) {
        this.panels = panels;
        this.columns = panels.size();
    }

    /** The {@code panels} side by side in one row. */
    public static PanelFigure of(Figure... panels) {
        if (panels.length == 0) {
            throw new ConfigException("panels", "at least one figure", 0);
        }
        return new PanelFigure(List.copyOf(Arrays.asList(panels)));
    }

    /** Lays the panels out {@code count} to a row (rows follow as needed). */
    public PanelFigure columns(int count) {
        columns = Check.atLeast("columns", count, 1);
        return this;
    }

    /** Puts {@code text} above all panels. */
    public PanelFigure title(String text) {
        title = text == null ? "" : text;
        return this;
    }

    /** Puts one caption under each panel, in order. */
    public PanelFigure captions(String... texts) {
        if (texts.length != panels.size()) {
            throw new ConfigException("captions", "one caption per panel (" + panels.size() + ")", texts.length);
        }
        captions = List.copyOf(Arrays.asList(texts));
        captions.forEach(c -> Objects.requireNonNull(c, "caption"));
        return this;
    }

    /** Captions the panels (a), (b), (c), … as in the paper's figures. */
    public PanelFigure letteredCaptions() {
        List<String> letters = new ArrayList<>();
        for (int i = 0; i < panels.size(); i++) {
            letters.add("(" + (char) ('a' + i % 26) + ")");
        }
        return captions(letters.toArray(String[]::new));
    }

    @Override
    public void draw(Graphics2D g, Rectangle bounds) {
        Theme.applyHints(g);
        int rows = (panels.size() + columns - 1) / columns;
        Theme cellTheme = Theme.forBounds(new Rectangle(bounds.width / columns, bounds.height / rows));
        int top = bounds.y;
        if (!title.isEmpty()) {
            Theme figureTheme = Theme.forBounds(bounds);
            g.setFont(figureTheme.title);
            FontMetrics metrics = g.getFontMetrics();
            g.setColor(Theme.TEXT);
            AxesFrame.drawCentred(g, title, bounds.getCenterX(), top + figureTheme.pad + metrics.getAscent());
            top += (int) Math.ceil(figureTheme.pad + metrics.getHeight());
        }
        g.setFont(cellTheme.label);
        FontMetrics captionMetrics = g.getFontMetrics();
        int captionHeight = captions.isEmpty() ? 0 : (int) Math.ceil(captionMetrics.getHeight() + cellTheme.pad * 0.5);
        double cellWidth = bounds.width / (double) columns;
        double cellHeight = (bounds.getMaxY() - top) / rows;
        for (int i = 0; i < panels.size(); i++) {
            int x0 = (int) Math.round(bounds.x + (i % columns) * cellWidth);
            int x1 = (int) Math.round(bounds.x + (i % columns + 1) * cellWidth);
            int y0 = (int) Math.round(top + (i / columns) * cellHeight);
            int y1 = (int) Math.round(top + (i / columns + 1) * cellHeight);
            panels.get(i).draw(g, new Rectangle(x0, y0, x1 - x0, y1 - y0 - captionHeight));
            if (!captions.isEmpty()) {
                g.setFont(cellTheme.label);
                g.setColor(Theme.TEXT);
                AxesFrame.drawCentred(g, captions.get(i), (x0 + x1) / 2.0, y1 - cellTheme.pad * 0.5 - captionMetrics.getDescent());
            }
        }
    }

    @Override
    public String toString() {
        return "PanelFigure{title='" + title + "', columns=" + columns + ", captions=" + captions + ", panels="
                + panels + "}";
    }
}
