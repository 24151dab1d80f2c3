/**
 * Dependency-free static PNG plots for run directories, drawn with {@code java.awt} and written with
 * {@code javax.imageio} in headless mode.
 *
 * <ul>
 *   <li>{@link org.jgan.experiments.plot.LinePlot}: named series with a legend, "nice" ticks, an optional
 *       log-scale y axis, reference lines (e.g. C(G) = −log 4), dashed or filled series and a secondary
 *       right-hand y axis;</li>
 *   <li>{@link org.jgan.experiments.plot.PanelFigure}: several figures side by side, e.g. the four panels
 *       (a)–(d) of Figure 1 of Goodfellow et al. 2014;</li>
 *   <li>{@link org.jgan.experiments.plot.ScatterPlot}: translucent 2-D points with mode centres and circles;</li>
 *   <li>{@link org.jgan.experiments.plot.ImageGrid}: tiled grayscale samples (Figures 2 and 3 of the paper).</li>
 * </ul>
 *
 * <p>Colours come from the colour-blind-safe Okabe–Ito palette ({@link org.jgan.experiments.plot.Palette});
 * every file is written through a temporary file and an atomic rename.
 */
package org.jgan.experiments.plot;
