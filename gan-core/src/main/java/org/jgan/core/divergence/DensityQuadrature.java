package org.jgan.core.divergence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.jgan.core.distribution.UnivariateDistribution;

/**
 * ∫ g(log p(x), log q(x)) dx over the whole real line for two 1-D densities, by {@link AdaptiveQuadrature}.
 *
 * <p>The core range runs from the smallest to the largest of both densities' {@value #TAIL_MASS} and
 * 1 − {@value #TAIL_MASS} quantiles, breakpoints and centres, and is cut at all of them, so that kinks, jumps
 * and narrow peaks sit on panel edges. The two tails beyond it are not dropped but integrated after the
 * substitution x = edge ± s·t/(1 − t), t ∈ [0, 1), s = half the core width: an integrand whose mass lies
 * outside both densities' bulk, such as Pearson's p²/q, which for N(0,1) against N(3,1) is e⁹·N(−3, 1),
 * is still integrated to the full tolerance.
 */
public final class DensityQuadrature {
    /** The tail mass beyond the quantiles that delimit the core range. */
    public static final double TAIL_MASS = 1e-13;

    private final AdaptiveQuadrature quadrature;

    /** With the default tolerances of {@link AdaptiveQuadrature}. */
    public DensityQuadrature() {
        this(new AdaptiveQuadrature());
    }

    /** @param quadrature the integrator for the panels */
    public DensityQuadrature(AdaptiveQuadrature quadrature) {
        this.quadrature = quadrature;
    }

    /** ∫ integrand(log p(x), log q(x)) dx over R. */
    public double integrate(UnivariateDistribution p, UnivariateDistribution q, FIntegrand integrand) {
        double[] edges = panelEdges(p, q);
        double lo = edges[0];
        double hi = edges[edges.length - 1];
        double scale = hi > lo ? 0.5 * (hi - lo) : Math.max(1, Math.abs(lo));
        DoubleUnaryOperator atX = x -> integrand.at(p.logDensity(x), q.logDensity(x));
        List<AdaptiveQuadrature.Segment> segments = new ArrayList<>();
        segments.add(tail(atX, lo, -scale));
        for (int i = 0; i + 1 < edges.length; i++) {
            segments.add(new AdaptiveQuadrature.Segment(atX, edges[i], edges[i + 1]));
        }
        segments.add(tail(atX, hi, scale));
        return quadrature.integrate(segments);
    }

    /** ∫ g from {@code edge} to ±∞ (the sign of {@code scale}) as ∫_0^1 g(edge + scale·t/(1−t)) |scale|/(1−t)² dt. */
    private static AdaptiveQuadrature.Segment tail(DoubleUnaryOperator g, double edge, double scale) {
        return new AdaptiveQuadrature.Segment(t -> {
            double stretch = 1 / (1 - t);
            return g.applyAsDouble(edge + scale * t * stretch) * Math.abs(scale) * stretch * stretch;
        }, 0, 1);
    }

    /** The sorted, distinct, finite panel edges of the core range for a pair of densities. */
    static double[] panelEdges(UnivariateDistribution p, UnivariateDistribution q) {
        double[] quantiles = {p.quantile(TAIL_MASS), q.quantile(TAIL_MASS), p.quantile(1 - TAIL_MASS),
                q.quantile(1 - TAIL_MASS)};
        return Stream.of(quantiles, p.breakpoints(), q.breakpoints(), p.centres(), q.centres())
                .flatMapToDouble(Arrays::stream).filter(Double::isFinite).sorted().distinct().toArray();
    }

    @Override
    public String toString() {
        return "DensityQuadrature(tailMass=" + TAIL_MASS + ", " + quadrature + ")";
    }
}
