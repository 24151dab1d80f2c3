package org.jgan.losses.fgan;

import java.util.List;

/**
 * The rows of the f-GAN table (Nowozin, Cseke, Tomioka 2016, arXiv 1606.00709, Table 6), natural logarithms.
 *
 * <p>Conventions: {@link #JENSEN_SHANNON} gives 2·JSD, {@link #GAN} gives 2·JSD − log 4 (its f(1) = −log 4),
 * {@link #TOTAL_VARIATION} uses f(u) = ½|u − 1| so that it gives TV = ½∫|p − q| ∈ [0, 1].
 */
public final class FGanDivergences {
    /** KL(P ‖ Q): f(u) = u log u, g_f(v) = v. */
    public static final FGanDivergence KL = new KullbackLeibler();
    /** KL(Q ‖ P): f(u) = −log u, g_f(v) = −e^{−v}. */
    public static final FGanDivergence REVERSE_KL = new ReverseKullbackLeibler();
    /** 2·JSD(P ‖ Q): f(u) = u log u − (u + 1) log((u + 1)/2), g_f(v) = log 2 − softplus(−v). */
    public static final FGanDivergence JENSEN_SHANNON = new JensenShannon();
    /** Pearson χ²: f(u) = (u − 1)², g_f(v) = v. */
    public static final FGanDivergence PEARSON = new PearsonChiSquared();
    /** Squared Hellinger: f(u) = (√u − 1)², g_f(v) = 1 − e^{−v}. */
    public static final FGanDivergence SQUARED_HELLINGER = new SquaredHellinger();
    /** Total variation: f(u) = ½|u − 1|, g_f(v) = ½ tanh(v). */
    public static final FGanDivergence TOTAL_VARIATION = new TotalVariation();
    /** 2·JSD − log 4: f(u) = u log u − (u + 1) log(u + 1), g_f(v) = −softplus(−v). */
    public static final FGanDivergence GAN = new GanDivergence();

    /** Every row, in the order of the table above. */
    public static final List<FGanDivergence> ALL =
            List.of(KL, REVERSE_KL, JENSEN_SHANNON, PEARSON, SQUARED_HELLINGER, TOTAL_VARIATION, GAN);

    private FGanDivergences() {
    }
}
