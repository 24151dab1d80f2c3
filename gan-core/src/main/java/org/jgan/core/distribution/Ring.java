package org.jgan.core.distribution;

import org.jgan.core.config.Check;

/**
 * M Gaussians of std σ at angles 2πk/M, k = 0..M−1, on a circle of radius r; spec {@code ring(M,r,σ)}.
 *
 * <p>The VEEGAN / PacGAN benchmark is {@code ring(8,1,0.01)}. The angles exclude the endpoint 2π: the
 * widely copied {@code linspace(0, 2π, M)} repeats the first mode and leaves only M − 1 distinct ones.
 */
public final class Ring {
    private Ring() {
    }

    /**
     * @param modes  the number of modes M &gt;= 1
     * @param radius the circle's radius r &gt; 0
     * @param std    each mode's standard deviation σ &gt; 0
     */
    public static GaussianModes of(int modes, double radius, double std) {
        Check.atLeast("ring(modes, radius, std): modes", modes, 1);
        Check.positive("ring(modes, radius, std): radius", radius);
        Check.positive("ring(modes, radius, std): std", std);
        double[][] centres = new double[modes][];
        for (int k = 0; k < modes; k++) {
            double angle = 2 * Math.PI * k / modes;
            centres[k] = new double[] {radius * Math.cos(angle), radius * Math.sin(angle)};
        }
        return new GaussianModes("ring(" + modes + "," + Specs.number(radius) + "," + Specs.number(std) + ")",
                centres, std);
    }
}
