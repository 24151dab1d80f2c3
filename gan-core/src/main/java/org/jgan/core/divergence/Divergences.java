package org.jgan.core.divergence;

/**
 * The named divergences of Goodfellow et al. 2014 and Nowozin et al. 2016 as f-divergences
 * (natural logarithms throughout).
 */
public final class Divergences {
    private Divergences() {
    }

    /** Kullback–Leibler: f(u) = u log u. */
    public static final FDivergence KL = new FDivergence("KL", u -> u == 0 ? 0 : u * Math.log(u),
            Double.POSITIVE_INFINITY);

    /**
     * Jensen–Shannon: JSD(P ‖ Q) = ½ KL(P ‖ M) + ½ KL(Q ‖ M), M = (P + Q)/2, bounded by log 2;
     * f(u) = ½ [u log u − (u + 1) log((u + 1)/2)].
     */
    public static final FDivergence JENSEN_SHANNON = new FDivergence("JSD",
            u -> 0.5 * ((u == 0 ? 0 : u * Math.log(u)) - (u + 1) * Math.log((u + 1) / 2)), 0.5 * Math.log(2));
}
