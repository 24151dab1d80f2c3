package org.jgan.core.optim;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One stage of an optimizer, in the style of Optax: it turns the incoming update (at first the gradient)
 * into a new update, in place, using its own state buffers.
 *
 * <p>Stages are chained by {@link Optimizer}: e.g. classic momentum is
 * {@code descend(lr)} then {@code trace(μ)}, giving v ← μ v − lr g, θ ← θ + v (Sutskever et al. 2013's
 * form, the one pylearn2 used for Goodfellow et al.'s experiments).
 */
public interface GradientTransform {
    /** How many parameter-sized state buffers this stage keeps (0 for stateless stages). */
    int stateBuffers();

    /**
     * Transforms {@code update} in place.
     *
     * @param update the incoming update, a flat vector; overwritten with the outgoing update
     * @param state  this stage's {@link #stateBuffers()} buffers, each like {@code update}
     * @param step   the 0-based update step, for schedules and bias corrections
     */
    void apply(INDArray update, INDArray[] state, long step);
}
