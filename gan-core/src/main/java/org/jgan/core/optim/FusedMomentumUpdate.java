package org.jgan.core.optim;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A whole classic-momentum update in one pass over memory, with subnormal float32 values flushed to zero, for
 * chains of {@link Scaling}s followed by a {@link MomentumTrace} (SGD with momentum, e.g. the authors'
 * {@code [scale(s), descend(lr), trace(μ)]} for Goodfellow et al. 2014's MNIST nets):
 * <pre>
 *   u = g·f₁(t)·…·f_k(t);  v ← ftz(μ(t)·ftz(v) + ftz(u));  θ ← θ + v;  g ← v
 * </pre>
 * where ftz(x) = 0 for |x| &lt; 2⁻¹²⁶ ({@link Float#MIN_NORMAL}) and x otherwise.
 *
 * <p>Why. Run stage by stage, the chain makes k + 4 passes over its buffers (each scaling; the trace's multiply, add
 * and copy; θ ← θ + update). And in the authors' MNIST run 7–21 % of the float32 velocities are subnormal, from the
 * gradients of pixels and units that barely move; Intel cores do arithmetic on subnormals through a slow microcode
 * path, and Java cannot set the processor's flush-to-zero mode. This pass reads g, v and θ once, writes them once, and
 * never reads a subnormal velocity (docs/performance.md, "Subnormal floats in the momentum update").
 *
 * <p>What the flush changes. Each step it drops less than 2⁻¹²⁶ twice (from u and from the new velocity), so the
 * velocities stay within about 2⁻¹²⁵/(1 − μ) of the stages' (6.7·2⁻¹²⁶ at μ = 0.7), plus one rounding step, and a
 * parameter can come out one rounding step apart only where |θ| ≲ 2⁻⁷⁵ ≈ 3·10⁻²³. While no input or intermediate is
 * subnormal, every product and sum is rounded as the stages round them, in the same order, so the result is theirs
 * bit for bit, but for the sign of zeros (the flush writes +0 where the stages may write −0). The loop itself is a
 * {@link MomentumKernel}. Buffers that are not contiguous float32 laid out alike (double precision, strided views)
 * are left to the stages.
 */
final class FusedMomentumUpdate {
    private final List<Scaling> scalings;
    private final MomentumTrace trace;
    private final MomentumKernel kernel;

    private FusedMomentumUpdate(List<Scaling> scalings, MomentumTrace trace, MomentumKernel kernel) {
        this.scalings = List.copyOf(scalings);
        this.trace = trace;
        this.kernel = kernel;
    }

    /** The fused form of {@code stages}, run by {@code kernel}, if they are scalings followed by one trace. */
    static Optional<FusedMomentumUpdate> of(List<GradientTransform> stages, MomentumKernel kernel) {
        if (stages.isEmpty() || !(stages.get(stages.size() - 1) instanceof MomentumTrace trace)) {
            return Optional.empty();
        }
        List<Scaling> scalings = new ArrayList<>();
        for (GradientTransform stage : stages.subList(0, stages.size() - 1)) {
            if (!(stage instanceof Scaling scaling)) {
                return Optional.empty();
            }
            scalings.add(scaling);
        }
        return Optional.of(new FusedMomentumUpdate(scalings, trace, kernel));
    }

    /**
     * Applies the update, or returns false and touches nothing when the buffers are not contiguous float32 laid
     * out alike (the stages then run one by one).
     *
     * @param parameters θ
     * @param gradient   g on entry, the update v on return
     * @param velocity   the trace's state buffer
     * @param step       the 0-based update step
     */
    boolean apply(INDArray parameters, INDArray gradient, INDArray velocity, long step) {
        if (!sameContiguousFloats(gradient, parameters, velocity)) {
            return false;
        }
        float[] factors = new float[scalings.size()];
        boolean noneEnlarges = true;
        for (int k = 0; k < factors.length; k++) {
            factors[k] = (float) scalings.get(k).factor().at(step);
            noneEnlarges &= Math.abs(factors[k]) <= 1;
        }
        float momentum = (float) trace.momentum().at(step);
        kernel.update(bytes(parameters), bytes(gradient), bytes(velocity), (int) gradient.length(), factors,
                momentum, noneEnlarges);
        return true;
    }

    /**
     * Whether a loop over buffer positions 0..n−1 visits the same elements of every array: all float32, contiguous
     * from their buffers' starts, of one shape and one ordering.
     */
    static boolean sameContiguousFloats(INDArray first, INDArray... others) {
        if (!isContiguousFloat(first)) {
            return false;
        }
        for (INDArray other : others) {
            if (!isContiguousFloat(other) || other.ordering() != first.ordering() || !other.equalShapes(first)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isContiguousFloat(INDArray a) {
        // A ByteBuffer holds at most Integer.MAX_VALUE bytes, and the kernels count bytes in an int.
        return a.dataType() == DataType.FLOAT && a.offset() == 0 && a.elementWiseStride() == 1 && a.length() > 0
                && a.length() <= Integer.MAX_VALUE / Float.BYTES;
    }

    private static ByteBuffer bytes(INDArray contiguous) {
        return contiguous.data().asNio().order(ByteOrder.nativeOrder());
    }
}
