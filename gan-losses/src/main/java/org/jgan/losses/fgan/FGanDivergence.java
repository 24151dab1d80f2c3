package org.jgan.losses.fgan;

import org.jgan.core.divergence.FDivergence;
import org.jgan.core.loss.ScoreOptimum;
import org.jgan.losses.score.DeclaredOptimum;

/**
 * One row of the f-GAN table (Nowozin, Cseke, Tomioka 2016, arXiv 1606.00709, Table 2 with Table 6's output
 * activations): a convex generator f with its conjugate f*, and the output activation g_f that maps a critic's
 * raw value v into dom f*.
 *
 * <p>D_f(P ‖ Q) = ∫ q f(p/q) dx ≥ sup_T E_P[T] − E_Q[f*(T)] (Eq. 4), tight at T*(x) = f′(p(x)/q(x)). With
 * T = g_f(V) the critic minimises L_D = −(mean g_f(v_real) − mean f*(g_f(v_fake))) and the generator one of the
 * two forms of {@link GeneratorObjective}; {@link FGanLoss} does that for any implementation of this interface.
 *
 * <p>Numerics: f*(g_f(v)) is evaluated by {@link #conjugateOfActivation} in a closed form in v, never by
 * composing {@link #conjugate} with {@link #activation}: near the edge of dom f* (g_f(v) → sup dom f*) the
 * composition loses every digit and then divides by zero, while the closed form stays exact. Scores
 * therefore stay inside dom f* by construction.
 */
public interface FGanDivergence {
    /** The registry name, e.g. {@code "kl"}. */
    String name();

    /** The name of D_f, e.g. {@code "KL"} or {@code "2·JSD"}. */
    String divergenceName();

    /** The generator f(u), u = p/q &gt;= 0, with its limit at u = 0. */
    double f(double u);

    /** f′(u); T*(p, q) = f′(p/q). At a kink (total variation at u = 1) the subgradient's midpoint. */
    double fPrime(double u);

    /** lim_{u→∞} f(u)/u, the integrand's factor where q = 0 &lt; p. */
    double slopeAtInfinity();

    /** The Fenchel conjugate f*(t) = sup_u (u·t − f(u)), for t in {@link #conjugateDomain()}. */
    double conjugate(double t);

    /** dom f*, the values T may take. */
    ConjugateDomain conjugateDomain();

    /** The output activation g_f(v), mapping R into dom f*. */
    double activation(double v);

    /** g_f′(v). */
    double activationDerivative(double v);

    /** g_f⁻¹(t), ±∞ at the edges of the range of g_f. */
    double inverseActivation(double t);

    /** f*(g_f(v)) in a closed form that is finite wherever the true value is representable. */
    double conjugateOfActivation(double v);

    /** d/dv f*(g_f(v)) = (f*)′(g_f(v))·g_f′(v). */
    double conjugateOfActivationDerivative(double v);

    /**
     * The optimal raw score v* = g_f⁻¹(f′(p/q)) (Nowozin et al., Section 2.2); ±∞ where the optimal T sits on
     * the edge of the range of g_f. Reported in raw score units unless the member overrides this.
     */
    default ScoreOptimum optimum() {
        return DeclaredOptimum.inScores("g_f^-1(f'(p/q))", (p, q) -> inverseActivation(fPrime(p / q)));
    }

    /** D_f(P ‖ Q) by quadrature, the value the critic's variational bound approaches. */
    default FDivergence target() {
        return new FDivergence(divergenceName(), this::f, slopeAtInfinity());
    }
}
