package org.jgan.experiments.fgan;

import org.jgan.losses.fgan.ConjugateDomain;
import org.jgan.losses.fgan.FGanDivergence;

/**
 * Neyman's χ², D_f(P ‖ Q) = ∫ (p − q)²/p, the worked example of docs/divergences.md: f(u) = (u − 1)²/u,
 * f′(u) = 1 − 1/u², f(1) = f′(1) = 0; its conjugate f*(t) = sup_u ut − f(u) is attained at u = (1 − t)^{−1/2},
 * giving f*(t) = 2 − 2√(1 − t) on t ≤ 1. The output activation is Hellinger's, g_f(v) = 1 − e^{−v} &lt; 1, so
 * f*(g_f(v)) = 2 − 2e^{−v/2} in closed form; T* = 1 − (q/p)² and v* = 2 log(p/q).
 *
 * <p>D_f by quadrature is the interface's default, built from f and the slope at infinity lim f(u)/u = 1.
 */
public final class NeymanChiSquared implements FGanDivergence {
    /** The registry name. */
    public static final String NAME = "neyman";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String divergenceName() {
        return "Neyman χ²";
    }

    /** (u − 1)(1 − 1/u), not (u − 1)²/u: the square overflows for u &gt; 1e154, where f(u)/u is still about 1. */
    @Override
    public double f(double u) {
        return (u - 1) * (1 - 1 / u);
    }

    @Override
    public double fPrime(double u) {
        return 1 - 1 / (u * u);
    }

    @Override
    public double slopeAtInfinity() {
        return 1;
    }

    @Override
    public double conjugate(double t) {
        return 2 - 2 * Math.sqrt(1 - t);
    }

    @Override
    public ConjugateDomain conjugateDomain() {
        return ConjugateDomain.below(1);
    }

    @Override
    public double activation(double v) {
        return -Math.expm1(-v);
    }

    @Override
    public double activationDerivative(double v) {
        return Math.exp(-v);
    }

    @Override
    public double inverseActivation(double t) {
        return -Math.log1p(-t);
    }

    @Override
    public double conjugateOfActivation(double v) {
        return -2 * Math.expm1(-v / 2);
    }

    @Override
    public double conjugateOfActivationDerivative(double v) {
        return Math.exp(-v / 2);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
