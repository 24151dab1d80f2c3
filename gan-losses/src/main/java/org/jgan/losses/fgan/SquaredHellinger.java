package org.jgan.losses.fgan;

import org.jgan.core.divergence.Divergences;
import org.jgan.core.divergence.FDivergence;

/**
 * Squared Hellinger, ∫ (√p − √q)²: f(u) = (√u − 1)², f*(t) = t/(1 − t) on t &lt; 1, g_f(v) = 1 − e^{−v},
 * T* = 1 − √(q/p), f′(1) = 0 (Nowozin et al. 2016, Table 6). f*(g_f(v)) = (1 − e^{−v})/e^{−v} = e^v − 1,
 * finite where the composition divides 1 by a rounded-away 1 − g_f(v) (v ≳ 37).
 */
final class SquaredHellinger implements FGanDivergence {
    @Override
    public String name() {
        return "squared-hellinger";
    }

    @Override
    public String divergenceName() {
        return "squared Hellinger";
    }

    @Override
    public double f(double u) {
        double d = Math.sqrt(u) - 1;
        return d * d;
    }

    @Override
    public double fPrime(double u) {
        return 1 - 1 / Math.sqrt(u);
    }

    @Override
    public double slopeAtInfinity() {
        return 1;
    }

    @Override
    public double conjugate(double t) {
        return t / (1 - t);
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
        return Math.expm1(v);
    }

    @Override
    public double conjugateOfActivationDerivative(double v) {
        return Math.exp(v);
    }

    /** The closed log-space integrand of the same divergence (see {@link LogSpaceTarget}). */
    @Override
    public FDivergence target() {
        return LogSpaceTarget.of(this, Divergences.SQUARED_HELLINGER::integrand);
    }

    @Override
    public String toString() {
        return name();
    }
}
