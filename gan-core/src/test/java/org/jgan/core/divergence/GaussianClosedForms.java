package org.jgan.core.divergence;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Closed forms of divergences between P = N(m1, s1²) and Q = N(m2, s2²), natural logarithms, used as the
 * oracle of the quadrature. Each is a textbook Gaussian integral, written out independently of the code
 * under test.
 */
final class GaussianClosedForms {
    private GaussianClosedForms() {
    }

    /** KL(P ‖ Q) = log(s2/s1) + (s1² + (m1 − m2)²) / (2 s2²) − ½. */
    static double kl(double m1, double s1, double m2, double s2) {
        return Math.log(s2 / s1) + (s1 * s1 + (m1 - m2) * (m1 - m2)) / (2 * s2 * s2) - 0.5;
    }

    /**
     * ∫ (√p − √q)² = 2(1 − BC), with the Bhattacharyya coefficient
     * BC = √(2 s1 s2 / (s1² + s2²)) · exp(−(m1 − m2)² / (4 (s1² + s2²))).
     */
    static double squaredHellinger(double m1, double s1, double m2, double s2) {
        double v = s1 * s1 + s2 * s2;
        return 2 * (1 - Math.sqrt(2 * s1 * s2 / v) * Math.exp(-(m1 - m2) * (m1 - m2) / (4 * v)));
    }

    /**
     * χ²(P ‖ Q) = ∫ p²/q − 1 = s2² / (s1 √(2 s2² − s1²)) · exp((m1 − m2)² / (2 s2² − s1²)) − 1, finite only when
     * 2 s2² &gt; s1² (completing the square in the exponent of p²/q).
     */
    static double pearson(double m1, double s1, double m2, double s2) {
        double d = 2 * s2 * s2 - s1 * s1;
        return s2 * s2 / (s1 * Math.sqrt(d)) * Math.exp((m1 - m2) * (m1 - m2) / d) - 1;
    }

    /** ½ ∫ |p − q| = 2Φ(|m1 − m2| / (2s)) − 1 for equal standard deviations s: the densities cross at the midpoint. */
    static double totalVariationEqualStd(double m1, double m2, double s) {
        return 2 * new NormalDistribution(0, 1).cumulativeProbability(Math.abs(m1 - m2) / (2 * s)) - 1;
    }
}
