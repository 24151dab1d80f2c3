package org.jgan.losses.fgan;

import org.jgan.core.divergence.Divergences;
import org.jgan.core.divergence.FDivergence;

/**
 * Kullback–Leibler, KL(P ‖ Q) = ∫ p log(p/q): f(u) = u log u, f*(t) = e^{t−1} on R, g_f(v) = v,
 * T* = 1 + log(p/q), f′(1) = 1 (Nowozin et al. 2016, Table 6). f*(g_f(v)) = e^{v−1}.
 */
final class KullbackLeibler implements FGanDivergence {
    @Override
    public String name() {
        return "kl";
    }

    @Override
    public String divergenceName() {
        return "KL";
    }

    @Override
    public double f(double u) {
        return u == 0 ? 0 : u * Math.log(u);
    }

    @Override
    public double fPrime(double u) {
        return 1 + Math.log(u);
    }

    @Override
    public double slopeAtInfinity() {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public double conjugate(double t) {
        return Math.exp(t - 1);
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
        return Math.exp(v - 1);
    }

    @Override
    public double conjugateOfActivationDerivative(double v) {
        return Math.exp(v - 1);
    }

    /** The closed log-space integrand of the same divergence (see {@link LogSpaceTarget}). */
    @Override
    public FDivergence target() {
        return LogSpaceTarget.of(this, Divergences.KL::integrand);
    }

    @Override
    public String toString() {
        return name();
    }
}
