package org.jgan.losses.fgan;

import org.jgan.core.divergence.Divergences;
import org.jgan.core.divergence.FDivergence;
import org.jgan.core.loss.ScoreOptimum;
import org.jgan.losses.score.DeclaredOptimum;
import org.jgan.losses.score.StableMath;

/**
 * The GAN row of f-GAN: f(u) = u log u − (u + 1) log(u + 1), giving D_f = 2·JSD(P ‖ Q) − log 4 (f(1) = −log 4,
 * not 0); f*(t) = −log(1 − e^t) on t &lt; 0, g_f(v) = −log(1 + e^{−v}) = −softplus(−v) = log σ(v),
 * T* = log(p/(p + q)), f′(1) = −log 2 (Nowozin et al. 2016, Table 6).
 *
 * <p>With v the logit of D this is exactly Goodfellow et al.'s V(D, G): the critic's loss is
 * mean softplus(−v_real) + mean softplus(v_fake), f*(g_f(v)) = −log(1 − σ(v)) = softplus(v), its derivative
 * σ(v); the saddle generator is the minimax one and the practical generator the non-saturating one.
 * v* = log p − log q, reported as the probability σ(v*) = p/(p + q).
 */
final class GanDivergence implements FGanDivergence {
    private static final double LOG_2 = Math.log(2);

    @Override
    public String name() {
        return "gan";
    }

    @Override
    public String divergenceName() {
        return "2·JSD − log 4";
    }

    @Override
    public double f(double u) {
        return (u == 0 ? 0 : u * Math.log(u)) - (u + 1) * Math.log1p(u);
    }

    /** log(u/(u + 1)) = −log1p(1/u), exact for large u too. */
    @Override
    public double fPrime(double u) {
        return -Math.log1p(1 / u);
    }

    @Override
    public double slopeAtInfinity() {
        return 0;
    }

    @Override
    public double conjugate(double t) {
        return -Math.log(-Math.expm1(t));
    }

    @Override
    public ConjugateDomain conjugateDomain() {
        return ConjugateDomain.below(0);
    }

    @Override
    public double activation(double v) {
        return -StableMath.softplus(-v);
    }

    @Override
    public double activationDerivative(double v) {
        return StableMath.sigmoid(-v);
    }

    /** v = −log(e^{−t} − 1) = −log(expm1(−t)). */
    @Override
    public double inverseActivation(double t) {
        return -Math.log(Math.expm1(-t));
    }

    @Override
    public double conjugateOfActivation(double v) {
        return StableMath.softplus(v);
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

    /** 2·JSD − log 4: f = f_JS − (u + 1) log 2, so q·f(p/q) = 2·(JSD integrand) − (p + q) log 2. */
    @Override
    public FDivergence target() {
        return LogSpaceTarget.of(this, (logP, logQ) -> 2 * Divergences.JENSEN_SHANNON.integrand(logP, logQ)
                - LOG_2 * (Math.exp(logP) + Math.exp(logQ)));
    }

    @Override
    public String toString() {
        return name();
    }
}
