package org.jgan.losses.fgan;

import org.jgan.core.divergence.Divergences;
import org.jgan.core.divergence.FDivergence;

/**
 * Pearson χ², ∫ (p − q)²/q: f(u) = (u − 1)², f*(t) = t²/4 + t on R, g_f(v) = v, T* = 2(p/q − 1), f′(1) = 0
 * (Nowozin et al. 2016, Table 6). The f* given is the conjugate of (u − 1)² extended to all real u, as f-GAN
 * uses it; it is an upper bound of the conjugate over u &gt;= 0, so the variational bound still holds.
 */
final class PearsonChiSquared implements FGanDivergence {
    @Override
    public String name() {
        return "pearson";
    }

    @Override
    public String divergenceName() {
        return "Pearson χ²";
    }

    @Override
    public double f(double u) {
        return (u - 1) * (u - 1);
    }

    @Override
    public double fPrime(double u) {
        return 2 * (u - 1);
    }

    @Override
    public double slopeAtInfinity() {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public double conjugate(double t) {
        return t * t / 4 + t;
    }

    @Override
    public ConjugateDomain conjugateDomain() {
        return ConjugateDomain.REALS;
    }

    @Override
    public double activation(double v) {
        return v;
    }

    @Override
    public double activationDerivative(double v) {
        return 1;
    }

    @Override
    public double inverseActivation(double t) {
        return t;
    }

    @Override
    public double conjugateOfActivation(double v) {
        return v * v / 4 + v;
    }

    @Override
    public double conjugateOfActivationDerivative(double v) {
        return v / 2 + 1;
    }

    /** The closed log-space integrand of the same divergence (see {@link LogSpaceTarget}). */
    @Override
    public FDivergence target() {
        return LogSpaceTarget.of(this, Divergences.PEARSON::integrand);
    }

    @Override
    public String toString() {
        return name();
    }
}
