package org.jgan.losses.fgan;

import org.jgan.core.divergence.Divergences;
import org.jgan.core.divergence.FDivergence;
import org.jgan.core.loss.ScoreOptimum;
import org.jgan.losses.score.DeclaredOptimum;

/**
 * Total variation with f(u) = ½|u − 1|, so that D_f = TV(P, Q) = ½∫|p − q| ∈ [0, 1] (for example
 * TV(N(0,1), N(1,1)) = 2Φ(½) − 1 = 0.3829249); f*(t) = t on |t| &lt;= ½, g_f(v) = ½ tanh(v),
 * T* = ½ sign(p/q − 1), f′(1) = 0 (Nowozin et al. 2016, Table 6).
 *
 * <p>The optimal T sits on the edge of the range of g_f wherever p ≠ q, so the optimal raw score is ±∞ (and 0
 * where p = q). It is therefore reported in T = g_f(v) units, in which it is ±½.
 */
final class TotalVariation implements FGanDivergence {
    @Override
    public String name() {
        return "total-variation";
    }

    @Override
    public String divergenceName() {
        return "total variation";
    }

    @Override
    public double f(double u) {
        return 0.5 * Math.abs(u - 1);
    }

    @Override
    public double fPrime(double u) {
        return 0.5 * Math.signum(u - 1);
    }

    @Override
    public double slopeAtInfinity() {
        return 0.5;
    }

    @Override
    public double conjugate(double t) {
        return t;
    }

    @Override
    public ConjugateDomain conjugateDomain() {
        return ConjugateDomain.closed(-0.5, 0.5);
    }

    @Override
    public double activation(double v) {
        return 0.5 * Math.tanh(v);
    }

    /** ½ sech²(v) = ½ / cosh²(v): accurate where 1 − tanh²(v) would round to 0, and 0 once cosh overflows. */
    @Override
    public double activationDerivative(double v) {
        double c = Math.cosh(v);
        return 0.5 / (c * c);
    }

    /** atanh(2t) = ½ log1p(4t/(1 − 2t)), ±∞ at t = ±½. */
    @Override
    public double inverseActivation(double t) {
        return 0.5 * Math.log1p(4 * t / (1 - 2 * t));
    }

    @Override
    public double conjugateOfActivation(double v) {
        return activation(v);
    }

    @Override
    public double conjugateOfActivationDerivative(double v) {
        return activationDerivative(v);
    }

    @Override
    public ScoreOptimum optimum() {
        return new DeclaredOptimum("g_f^-1(½ sign(p/q - 1))", (p, q) -> inverseActivation(fPrime(p / q)),
                "T = ½ tanh(v)", this::activation);
    }

    /** The closed log-space integrand of the same divergence (see {@link LogSpaceTarget}). */
    @Override
    public FDivergence target() {
        return LogSpaceTarget.of(this, Divergences.TOTAL_VARIATION::integrand);
    }

    @Override
    public String toString() {
        return name();
    }
}
