package org.jgan.core.divergence;

import java.util.function.DoubleUnaryOperator;
import org.jgan.core.distribution.UnivariateDistribution;

/**
 * An f-divergence D_f(P ‖ Q) = ∫ q(x) f(p(x) / q(x)) dx for a convex f with f(1) = 0 (Csiszár; Nowozin et
 * al. 2016, Eq. 2), by adaptive quadrature over the whole real line ({@link DensityQuadrature}).
 *
 * <p>The integrand is evaluated from log p and log q ({@link FIntegrand}). The generic form from f alone uses
 * the larger density as the prefactor: q·f(u) with u = exp(log p − log q) where q &gt;= p, and p·f(u)/u where
 * p &gt; q, with f(u)/u replaced by its limit {@code slopeAtInfinity} = lim_{u→∞} f(u)/u once u overflows
 * (in particular where q = 0 &lt; p). This is exact wherever p/q is representable; where it underflows
 * (p's tail much lighter than q's) f(0) is used, which is wrong for an f with f(0) = ∞ such as reverse KL's
 * −log u. The named divergences in {@link Divergences} therefore supply closed log-space integrands that keep
 * full relative accuracy in every tail.
 */
public final class FDivergence implements Divergence {
    private final String name;
    private final DoubleUnaryOperator f;
    private final double slopeAtInfinity;
    private final FIntegrand integrand;
    private final DensityQuadrature quadrature;

    /**
     * An f-divergence with the generic integrand built from f.
     *
     * @param name            the divergence's name
     * @param f               the generator f, convex with f(1) = 0 (or a constant shift of such an f)
     * @param slopeAtInfinity lim_{u→∞} f(u)/u, the integrand's factor on p where q = 0 &lt; p
     */
    public FDivergence(String name, DoubleUnaryOperator f, double slopeAtInfinity) {
        this(name, f, slopeAtInfinity, fromGenerator(f, slopeAtInfinity), new DensityQuadrature());
    }

    /**
     * An f-divergence with a closed log-space integrand, which must equal q·f(p/q).
     *
     * @param integrand  q·f(p/q) from log p and log q
     * @param quadrature the integrator over the real line
     */
    public FDivergence(String name, DoubleUnaryOperator f, double slopeAtInfinity, FIntegrand integrand,
                       DensityQuadrature quadrature) {
        this.name = name;
        this.f = f;
        this.slopeAtInfinity = slopeAtInfinity;
        this.integrand = integrand;
        this.quadrature = quadrature;
    }

    /** The same divergence integrated with another quadrature (e.g. looser tolerances for sample estimates). */
    public FDivergence withQuadrature(DensityQuadrature other) {
        return new FDivergence(name, f, slopeAtInfinity, integrand, other);
    }

    @Override
    public String name() {
        return name;
    }

    /** The generator f. */
    public double f(double u) {
        return f.applyAsDouble(u);
    }

    /** lim_{u→∞} f(u)/u. */
    public double slopeAtInfinity() {
        return slopeAtInfinity;
    }

    /** The integrand q·f(p/q) where log p = {@code logP} and log q = {@code logQ}. */
    public double integrand(double logP, double logQ) {
        return integrand.at(logP, logQ);
    }

    @Override
    public double between(UnivariateDistribution p, UnivariateDistribution q) {
        return quadrature.integrate(p, q, integrand);
    }

    /** The generic integrand q·f(p/q) from f alone; see the class comment. */
    static FIntegrand fromGenerator(DoubleUnaryOperator f, double slopeAtInfinity) {
        return (logP, logQ) -> {
            if (logP == Double.NEGATIVE_INFINITY && logQ == Double.NEGATIVE_INFINITY) {
                return 0;
            }
            double logRatio = logP - logQ;
            if (logRatio <= 0) {
                return LogSpace.weighted(logQ, f.applyAsDouble(Math.exp(logRatio)));
            }
            double u = Math.exp(logRatio);
            return LogSpace.weighted(logP, Double.isInfinite(u) ? slopeAtInfinity : f.applyAsDouble(u) / u);
        };
    }

    @Override
    public String toString() {
        return "FDivergence(" + name + ")";
    }
}
