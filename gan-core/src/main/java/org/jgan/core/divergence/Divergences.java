package org.jgan.core.divergence;

import java.util.List;
import java.util.stream.Collectors;
import org.jgan.core.config.ConfigException;

/**
 * The named divergences of Goodfellow et al. 2014 and Nowozin et al. 2016 as f-divergences, natural
 * logarithms throughout, each with a closed log-space integrand (see {@link FIntegrand}).
 *
 * <p>Conventions, with r = log p − log q:
 * <ul>
 *   <li>{@link #KL}: ∫ p log(p/q), f(u) = u log u; integrand p·r.</li>
 *   <li>{@link #REVERSE_KL}: ∫ q log(q/p), f(u) = −log u; integrand −q·r.</li>
 *   <li>{@link #JENSEN_SHANNON}: JSD = ½ KL(P‖M) + ½ KL(Q‖M), M = (P+Q)/2, bounded by log 2,
 *       f(u) = ½[u log u − (u+1) log((u+1)/2)] (half the f-GAN table's "JS" row, whose D_f is 2·JSD);
 *       integrand ½[p(log 2 − softplus(−r)) + q(log 2 − softplus(r))].</li>
 *   <li>{@link #TOTAL_VARIATION}: ½ ∫ |p − q| ∈ [0, 1], f(u) = ½|u − 1|.</li>
 *   <li>{@link #SQUARED_HELLINGER}: ∫ (√p − √q)² ∈ [0, 2], f(u) = (√u − 1)² (the f-GAN convention, without
 *       the factor ½ of some texts); for N(0,1) and N(μ,1) it is 2(1 − e^{−μ²/8}).</li>
 *   <li>{@link #PEARSON}: χ² = ∫ (p − q)²/q, f(u) = (u − 1)²; integrand q·expm1(r)², formed as
 *       exp(log q + 2 log expm1(r)) where p &gt; q so that it neither overflows nor cancels.</li>
 * </ul>
 */
public final class Divergences {
    private static final double LOG_2 = Math.log(2);

    private Divergences() {
    }

    /** Kullback–Leibler KL(P ‖ Q) = ∫ p log(p/q); infinite where q = 0 &lt; p. */
    public static final FDivergence KL = new FDivergence("KL", u -> u == 0 ? 0 : u * Math.log(u),
            Double.POSITIVE_INFINITY, (logP, logQ) -> LogSpace.weighted(logP, logP - logQ), new DensityQuadrature());

    /** Reverse Kullback–Leibler KL(Q ‖ P) = ∫ q log(q/p); infinite where p = 0 &lt; q. */
    public static final FDivergence REVERSE_KL = new FDivergence("reverse-KL", u -> -Math.log(u), 0,
            (logP, logQ) -> LogSpace.weighted(logQ, logQ - logP), new DensityQuadrature());

    /** Jensen–Shannon JSD(P ‖ Q) = ½ KL(P ‖ M) + ½ KL(Q ‖ M), M = (P + Q)/2; symmetric, 0 &lt;= JSD &lt;= log 2. */
    public static final FDivergence JENSEN_SHANNON = new FDivergence("JSD",
            u -> 0.5 * ((u == 0 ? 0 : u * Math.log(u)) - (u + 1) * Math.log((u + 1) / 2)), 0.5 * LOG_2,
            (logP, logQ) -> 0.5 * (LogSpace.weighted(logP, LOG_2 - LogSpace.softplus(logQ - logP))
                    + LogSpace.weighted(logQ, LOG_2 - LogSpace.softplus(logP - logQ))),
            new DensityQuadrature());

    /** Total variation ½ ∫ |p − q|. */
    public static final FDivergence TOTAL_VARIATION = new FDivergence("TV", u -> 0.5 * Math.abs(u - 1), 0.5,
            (logP, logQ) -> 0.5 * Math.abs(Math.exp(logP) - Math.exp(logQ)), new DensityQuadrature());

    /** Squared Hellinger ∫ (√p − √q)² (f-GAN convention, at most 2). */
    public static final FDivergence SQUARED_HELLINGER = new FDivergence("squared-Hellinger",
            u -> (Math.sqrt(u) - 1) * (Math.sqrt(u) - 1), 1,
            (logP, logQ) -> {
                double d = Math.exp(0.5 * logP) - Math.exp(0.5 * logQ);
                return d * d;
            }, new DensityQuadrature());

    /** Pearson χ² = ∫ (p − q)² / q; infinite where q = 0 &lt; p. */
    public static final FDivergence PEARSON = new FDivergence("Pearson-chi2", u -> (u - 1) * (u - 1),
            Double.POSITIVE_INFINITY, Divergences::pearson, new DensityQuadrature());

    /** Every named divergence, in the order above. */
    public static final List<FDivergence> ALL =
            List.of(KL, REVERSE_KL, JENSEN_SHANNON, TOTAL_VARIATION, SQUARED_HELLINGER, PEARSON);

    /**
     * The divergence called {@code name} (e.g. {@code "JSD"}).
     *
     * @throws ConfigException listing the known names when there is none
     */
    public static FDivergence named(String name) {
        return ALL.stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow(() -> new ConfigException(
                "divergence", "one of " + ALL.stream().map(FDivergence::name).collect(Collectors.joining(", ")),
                name));
    }

    private static double pearson(double logP, double logQ) {
        if (logQ == Double.NEGATIVE_INFINITY) {
            return logP == Double.NEGATIVE_INFINITY ? 0 : Double.POSITIVE_INFINITY;
        }
        double r = logP - logQ;
        if (r <= 0) {
            double m = Math.expm1(r);
            return Math.exp(logQ) * m * m;
        }
        return Math.exp(logQ + 2 * (r + Math.log(-Math.expm1(-r))));
    }
}
