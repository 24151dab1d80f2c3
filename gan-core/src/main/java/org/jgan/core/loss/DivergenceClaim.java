package org.jgan.core.loss;

import org.jgan.core.divergence.Divergence;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What a loss claims its discriminator objective estimates: a divergence between p_data and p_g, and the
 * estimate of it from one batch of scores.
 *
 * <p>For the minimax loss, Theorem 1 of Goodfellow et al. gives {@code max_D V = -log 4 + 2 JSD}, so a batch's
 * discriminator loss L_D estimates {@code JSD = (log 4 - L_D) / 2}. For an f-GAN loss the estimate is the
 * variational lower bound {@code E_P[T] - E_Q[f*(T)]} (Nowozin et al. 2016, Eq. 4). At the optimal
 * discriminator the estimate approaches {@link #target()} computed from the densities.
 */
public interface DivergenceClaim {
    /** The divergence whose value the estimate approaches, computable from two known densities. */
    Divergence target();

    /** The estimate from one batch of raw scores on real and on generated samples. */
    double estimate(INDArray realScores, INDArray fakeScores);

    /**
     * The discriminator's criterion at its optimum, max_D V = −min_D L_D, that this claim implies when the
     * divergence equals {@code divergence}: Theorem 1's C(G) = −log 4 + 2·JSD for the minimax loss, D_f itself
     * for an f-GAN loss. NaN when the claim does not tie its estimate to the discriminator's loss.
     */
    default double criterionAt(double divergence) {
        return Double.NaN;
    }
}
