package org.jgan.core.distribution;

import java.util.SplittableRandom;

/** Standard normal variates from a {@link SplittableRandom}, by the polar Box–Muller method. */
final class Gaussians {
    private Gaussians() {
    }

    /** One N(0, 1) variate. Uses the polar method and discards the second value to stay stateless. */
    static double next(SplittableRandom random) {
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }
}
