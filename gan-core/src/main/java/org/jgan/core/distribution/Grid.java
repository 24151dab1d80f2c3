package org.jgan.core.distribution;

import java.util.SplittableRandom;
import org.jgan.core.config.Check;

/**
 * n² Gaussians of std σ on an n × n grid with spacing s centred at the origin; spec {@code grid(n,s,σ)}.
 *
 * <p>The coordinates of the modes are (i − (n − 1)/2)·s, i = 0..n−1, in each axis; the VEEGAN / PacGAN
 * benchmark {@code grid(5,2,0.05)} has its 25 modes at {−4, −2, 0, 2, 4}².
 */
public final class Grid implements ModalDistribution {
    private final int perSide;
    private final double spacing;
    private final IsotropicGaussians gaussians;

    /**
     * @param modesPerSide the number of modes n &gt;= 1 along each axis
     * @param spacing      the distance s &gt; 0 between neighbouring modes
     * @param std          each mode's standard deviation σ &gt; 0
     */
    public Grid(int modesPerSide, double spacing, double std) {
        this.perSide = Check.atLeast("grid(modes-per-side, spacing, std): modes-per-side", modesPerSide, 1);
        this.spacing = Check.positive("grid(modes-per-side, spacing, std): spacing", spacing);
        double[][] centres = new double[modesPerSide * modesPerSide][];
        double offset = 0.5 * (modesPerSide - 1);
        for (int i = 0; i < modesPerSide; i++) {
            for (int j = 0; j < modesPerSide; j++) {
                centres[i * modesPerSide + j] = new double[] {(i - offset) * spacing, (j - offset) * spacing};
            }
        }
        this.gaussians = new IsotropicGaussians("grid(modes-per-side, spacing, std)", centres, std);
    }

    /** The number of modes along each axis. */
    public int modesPerSide() {
        return perSide;
    }

    /** The distance between neighbouring modes. */
    public double spacing() {
        return spacing;
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double[][] modes() {
        return gaussians.modes();
    }

    @Override
    public double modeStd() {
        return gaussians.std();
    }

    @Override
    public double[] sample(int n, SplittableRandom random) {
        return gaussians.sample(n, random);
    }

    @Override
    public double density(double... x) {
        return Math.exp(logDensity(x));
    }

    @Override
    public double logDensity(double... x) {
        return gaussians.logDensity(x);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Grid other && other.perSide == perSide && other.spacing == spacing
                && other.modeStd() == modeStd();
    }

    @Override
    public int hashCode() {
        return (perSide * 31 + Double.hashCode(spacing)) * 31 + Double.hashCode(modeStd());
    }

    @Override
    public String toString() {
        return "grid(" + perSide + "," + Specs.number(spacing) + "," + Specs.number(modeStd()) + ")";
    }
}
