package org.jgan.core.distribution;

/** Formatting shared by the distributions' {@code toString()} specs. */
final class Specs {
    private Specs() {
    }

    /** A number as a spec writes it: integers without ".0", others in their shortest round-trip form. */
    static String number(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return Double.toString(x);
    }
}
