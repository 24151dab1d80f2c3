package org.jgan.losses.score;

import org.jgan.core.divergence.Divergence;
import org.jgan.core.loss.DivergenceClaim;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A divergence estimate that is an affine function of the discriminator's loss: estimate = offset + scale·L_D.
 *
 * <p>Every claim in this module has that form: the minimax loss's JSD = (log 4 − L_D)/2 (Goodfellow et al.
 * 2014, Theorem 1), an f-GAN bound = −L_D (Nowozin et al. 2016, Eq. 4), the hinge loss's total variation
 * = 1 − L_D/2, the least-squares loss's triangular discrimination = 2 − 8 L_D/(b − a)². Since L_D at any
 * discriminator is at least its value at the optimum and the scale is negative, each estimate is a lower bound
 * that is tight at the declared optimum.
 */
public final class AffineDivergenceClaim implements DivergenceClaim {
    private final Divergence target;
    private final double offset;
    private final double scale;
    private final SeparableObjective objective;

    /**
     * @param target    the divergence estimated
     * @param offset    the estimate when L_D = 0
     * @param scale     d(estimate)/d(L_D)
     * @param objective the discriminator objective L_D
     */
    public AffineDivergenceClaim(Divergence target, double offset, double scale, SeparableObjective objective) {
        this.target = target;
        this.offset = offset;
        this.scale = scale;
        this.objective = objective;
    }

    @Override
    public Divergence target() {
        return target;
    }

    @Override
    public double estimate(INDArray realScores, INDArray fakeScores) {
        return offset + scale * objective.value(realScores, fakeScores);
    }

    /** estimate = offset + scale·L_D = divergence at the optimum, so −L_D = (offset − divergence)/scale there. */
    @Override
    public double criterionAt(double divergence) {
        return (offset - divergence) / scale;
    }

    @Override
    public String toString() {
        return target.name() + " ≈ " + offset + " + " + scale + "·L_D";
    }
}
