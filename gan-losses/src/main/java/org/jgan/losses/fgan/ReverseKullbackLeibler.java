package org.jgan.losses.fgan;

import org.jgan.core.divergence.Divergences;
import org.jgan.core.divergence.FDivergence;

/**
 * Reverse Kullback–Leibler, KL(Q ‖ P): f(u) = −log u, f*(t) = −1 − log(−t) on t &lt; 0, g_f(v) = −e^{−v},
 * T* = −q/p, f′(1) = −1 (Nowozin et al. 2016, Table 6). f*(g_f(v)) = −1 − log(e^{−v}) = v − 1.
 */
final class ReverseKullbackLeibler implements FGanDivergence {
    @Override
    public String name() {
        return "reverse-kl";
    }

    @Override
    public String divergenceName() {
        return "reverse KL";
    }

    @Override
    public double f(double u) {
        return -Math.log(u);
    }

    @Override
    public double fPrime(double u) {
        return -1 / u;
    }

    @Override
    public double slopeAtInfinity() {
        return 0;
    }

    @Override
    public double conjugate(double t) {
        return -1 - Math.log(-t);
    }

    @Override
    public ConjugateDomain conjugateDomain() {
        return ConjugateDomain.below(0);
    }

    @Override
    public double activation(double v) {
        return -Math.exp(-v);
    }

    @Override
    public double activationDerivative(double v) {
        return Math.exp(-v);
    }

    @Override
    public double inverseActivation(double t) {
        return -Math.log(-t);
    }

    @Override
    public double conjugateOfActivation(double v) {
        return v - 1;
    }

    @Override
    public double conjugateOfActivationDerivative(double v) {
        return 1;
    }

    /** The closed log-space integrand of the same divergence (see {@link LogSpaceTarget}). */
    @Override
    public FDivergence target() {
        return LogSpaceTarget.of(this, Divergences.REVERSE_KL::integrand);
    }

    @Override
    public String toString() {
        return name();
    }
}
