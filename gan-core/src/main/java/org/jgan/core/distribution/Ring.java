package org.jgan.core.distribution;

import java.util.SplittableRandom;
import org.jgan.core.config.Check;

/**
 * M Gaussians of std σ at angles 2πk/M, k = 0..M−1, on a circle of radius r; spec {@code ring(M,r,σ)}.
 *
 * <p>The VEEGAN / PacGAN benchmark is {@code ring(8,1,0.01)}. The angles exclude the endpoint 2π: the
 * widely copied {@code linspace(0, 2π, M)} repeats the first mode and leaves only M − 1 distinct ones.
 */
public final class Ring implements ModalDistribution {
    private final int modeCount;
    private final double radius;
    private final IsotropicGaussians gaussians;

    /**
     * @param modes  the number of modes M &gt;= 1
     * @param radius the circle's radius r &gt; 0
     * @param std    each mode's standard deviation σ &gt; 0
     */
    public Ring(int modes, double radius, double std) {
        this.modeCount = Check.atLeast("ring(modes, radius, std): modes", modes, 1);
        this.radius = Check.positive("ring(modes, radius, std): radius", radius);
        double[][] centres = new double[modes][];
        for (int k = 0; k < modes; k++) {
            double angle = 2 * Math.PI * k / modes;
            centres[k] = new double[] {radius * Math.cos(angle), radius * Math.sin(angle)};
        }
        this.gaussians = new IsotropicGaussians("ring(modes, radius, std)", centres, std);
    }

    /** The circle's radius. */
    public double radius() {
        return radius;
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
        return o instanceof Ring other && other.modeCount == modeCount && other.radius == radius
                && other.modeStd() == modeStd();
    }

    @Override
    public int hashCode() {
        return (modeCount * 31 + Double.hashCode(radius)) * 31 + Double.hashCode(modeStd());
    }

    @Override
    public String toString() {
        return "ring(" + modeCount + "," + Specs.number(radius) + "," + Specs.number(modeStd()) + ")";
    }
}
