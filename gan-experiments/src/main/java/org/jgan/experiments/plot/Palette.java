package org.jgan.experiments.plot;

import java.awt.Color;
import java.util.List;

/**
 * The Okabe–Ito palette: eight colours that stay distinguishable under the common forms of colour
 * blindness (M. Okabe and K. Ito, "Color Universal Design", 2008; recommended by B. Wong, "Points of
 * view: Color blindness", Nature Methods 8:441, 2011).
 *
 * <p>{@link #cycle(int)} hands them out in an order chosen for white backgrounds: strong colours first,
 * yellow (low contrast on white) last.
 */
public final class Palette {
    /** Okabe–Ito black (0, 0, 0). */
    public static final Color BLACK = new Color(0, 0, 0);
    /** Okabe–Ito orange (230, 159, 0). */
    public static final Color ORANGE = new Color(230, 159, 0);
    /** Okabe–Ito sky blue (86, 180, 233). */
    public static final Color SKY_BLUE = new Color(86, 180, 233);
    /** Okabe–Ito bluish green (0, 158, 115). */
    public static final Color BLUISH_GREEN = new Color(0, 158, 115);
    /** Okabe–Ito yellow (240, 228, 66). */
    public static final Color YELLOW = new Color(240, 228, 66);
    /** Okabe–Ito blue (0, 114, 178). */
    public static final Color BLUE = new Color(0, 114, 178);
    /** Okabe–Ito vermillion (213, 94, 0). */
    public static final Color VERMILLION = new Color(213, 94, 0);
    /** Okabe–Ito reddish purple (204, 121, 167). */
    public static final Color REDDISH_PURPLE = new Color(204, 121, 167);

    private static final List<Color> CYCLE =
            List.of(BLUE, VERMILLION, BLUISH_GREEN, ORANGE, REDDISH_PURPLE, SKY_BLUE, BLACK, YELLOW);

    private Palette() {
    }

    /** The colour for the {@code index}-th series; wraps around after eight. */
    public static Color cycle(int index) {
        return CYCLE.get(Math.floorMod(index, CYCLE.size()));
    }
}
