package org.jgan.losses.fgan;

import org.jgan.core.divergence.Divergences;
import org.jgan.core.divergence.FDivergence;
import org.jgan.core.loss.ScoreOptimum;
import org.jgan.losses.score.DeclaredOptimum;
import org.jgan.losses.score.StableMath;

/**
 * Jensen–Shannon as f-GAN writes it: f(u) = u log u − (u + 1) log((u + 1)/2), which gives
 * D_f = 2·JSD(P ‖ Q) (twice the usual JSD, whose bound is log 2); f*(t) = −log(2 − e^t) on t &lt; log 2,
 * g_f(v) = log 2 − log(1 + e^{−v}) = log 2 − softplus(−v), T* = log(2p/(p + q)), f′(1) = 0
 * (Nowozin et al. 2016, Table 6).
 *
 * <p>Stable forms: f*(g_f(v)) = −log(2 − 2σ(v)) = softplus(v) − log 2, with derivative σ(v); g_f′(v) = σ(−v).
 * The optimal raw score is v* = log p − log q, so σ(v*) = p/(p + q) as for Goodfellow's D, and the optimum
 * is reported in that probability.
 */
final class JensenShannon implements FGanDivergence {
    private static final double LOG_2 = Math.log(2);

    @Override
    public String name() {
        return "js";
    }

    @Override
    public String divergenceName() {
        return "2·JSD";
    }

    @Override
    public double f(double u) {
        return (u == 0 ? 0 : u * Math.log(u)) - (u + 1) * Math.log((u + 1) / 2);
    }

    /** log(2u/(1 + u)) = log 2 − log1p(1/u), exact for large u too. */
    @Override
    public double fPrime(double u) {
        return LOG_2 - Math.log1p(1 / u);
    }

    @Override
    public double slopeAtInfinity() {
        return LOG_2;
    }

    @Override
    public double conjugate(double t) {
        return -Math.log(2 - Math.exp(t));
    }

    @Override
    public ConjugateDomain conjugateDomain() {
        return ConjugateDomain.below(LOG_2);
    }

    @Override
    public double activation(double v) {
        return LOG_2 - StableMath.softplus(-v);
    }

    @Override
    public double activationDerivative(double v) {
        return StableMath.sigmoid(-v);
    }

    /** v = −log(2e^{−t} − 1) = −log(expm1(log 2 − t)). */
    @Override
    public double inverseActivation(double t) {
        return -Math.log(Math.expm1(LOG_2 - t));
    }

    @Override
    public double conjugateOfActivation(double v) {
        return StableMath.softplus(v) - LOG_2;
    }

    @Override
    public double conjugateOfActivationDerivative(double v) {
        return StableMath.sigmoid(v);
    }

    @Override
    public ScoreOptimum optimum() {
        return DeclaredOptimum.inProbability("g_f^-1(f'(p/q)) = log p - log q",
                (p, q) -> inverseActivation(fPrime(p / q)));
    }

    /** 2·JSD: twice the JSD integrand of the closed form. */
    @Override
    public FDivergence target() {
        return LogSpaceTarget.of(this, (logP, logQ) -> 2 * Divergences.JENSEN_SHANNON.integrand(logP, logQ));
    }

    @Override
    public String toString() {
        return name();
    }
}
