package org.jgan.core.optim;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Classic momentum's trace, v ← μ(step)·v + update, then update ← v (Sutskever et al. 2013's form, pylearn2's).
 *
 * <p>Run as a stage, it is two ND4J operations. In a chain of scalings followed by this trace on float32 buffers,
 * {@link Optimizer} runs the whole update as one pass instead, which also flushes subnormal values to zero
 * ({@link FusedMomentumUpdate}).
 *
 * @param momentum μ as a function of the step
 */
record MomentumTrace(Schedule momentum) implements GradientTransform {
    @Override
    public int stateBuffers() {
        return 1;
    }

    @Override
    public void apply(INDArray update, INDArray[] state, long step) {
        state[0].muli(momentum.at(step)).addi(update);
        update.assign(state[0]);
    }

    @Override
    public String toString() {
        return "trace(momentum=" + momentum + ")";
    }
}
