package org.jgan.core.distribution;

import org.jgan.core.config.Check;

/**
 * n² Gaussians of std σ on an n × n grid with spacing s centred at the origin; spec {@code grid(n,s,σ)}.
 *
 * <p>The coordinates of the modes are (i − (n − 1)/2)·s, i = 0..n−1, in each axis; the VEEGAN / PacGAN
 * benchmark {@code grid(5,2,0.05)} has its 25 modes at {−4, −2, 0, 2, 4}².
 */
public final class Grid {
    private Grid() {
    }

    /**
     * @param modesPerSide the number of modes n &gt;= 1 along each axis
     * @param spacing      the distance s &gt; 0 between neighbouring modes
     * @param std          each mode's standard deviation σ &gt; 0
     */
    public static GaussianModes of(int modesPerSide, double spacing, double std) {
        Check.atLeast("grid(modes-per-side, spacing, std): modes-per-side", modesPerSide, 1);
        Check.positive("grid(modes-per-side, spacing, std): spacing", spacing);
        Check.positive("grid(modes-per-side, spacing, std): std", std);
        double[][] centres = new double[modesPerSide * modesPerSide][];
        double offset = 0.5 * (modesPerSide - 1);
        for (int i = 0; i < modesPerSide; i++) {
            for (int j = 0; j < modesPerSide; j++) {
                centres[i * modesPerSide + j] = new double[] {(i - offset) * spacing, (j - offset) * spacing};
            }
        }
        return new GaussianModes("grid(" + modesPerSide + "," + Specs.number(spacing) + "," + Specs.number(std) + ")",
                centres, std);
    }
}
