package org.jgan.core.optim;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * update ← factor(step) · update: the stateless stage behind {@link GradientTransforms#scale} and
 * {@link GradientTransforms#descend}. {@link FusedMomentumUpdate} folds it into its single pass.
 *
 * @param description how the stage is reported
 * @param factor      the multiplier as a function of the step
 */
record Scaling(String description, Schedule factor) implements GradientTransform {
    @Override
    public int stateBuffers() {
        return 0;
    }

    @Override
    public void apply(INDArray update, INDArray[] state, long step) {
        update.muli(factor.at(step));
    }

    @Override
    public String toString() {
        return description;
    }
}
