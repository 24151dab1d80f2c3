package org.jgan.core.optim;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * {@link MomentumKernel} one element at a time: the portable loop, used where the JDK's incubating Vector API is not
 * available (see {@link MomentumKernels}), and for the tail of {@link VectorMomentumKernel}'s. The flush works on the
 * bits: a float is subnormal or zero exactly when its exponent field is 0 (IEEE 754-2008 §3.4).
 */
final class ScalarMomentumKernel implements MomentumKernel {
    private static final int FLOAT_EXPONENT_BITS = 0x7f80_0000;

    @Override
    public void update(ByteBuffer theta, ByteBuffer gradient, ByteBuffer velocity, int n, float[] factors,
                       float momentum, boolean flushGradient) {
        updateRange(floats(theta), floats(gradient), floats(velocity), 0, n, factors, momentum, flushGradient);
    }

    /** The loop over elements {@code from} (inclusive) to {@code to} (exclusive). */
    static void updateRange(FloatBuffer theta, FloatBuffer gradient, FloatBuffer velocity, int from, int to,
                            float[] factors, float momentum, boolean flushGradient) {
        for (int i = from; i < to; i++) {
            float update = flushGradient ? flushToZero(gradient.get(i)) : gradient.get(i);
            for (float factor : factors) {
                update *= factor;
            }
            float next = flushToZero(momentum * flushToZero(velocity.get(i)) + flushToZero(update));
            velocity.put(i, next);
            gradient.put(i, next);
            theta.put(i, theta.get(i) + next);
        }
    }

    /** The buffer's floats from position 0, in native byte order. */
    static FloatBuffer floats(ByteBuffer buffer) {
        return buffer.duplicate().position(0).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    /** +0 for a subnormal x or −0 (a zero exponent field), x otherwise; branch-free, on the bits. */
    static float flushToZero(float x) {
        int bits = Float.floatToRawIntBits(x);
        int keep = ~(((bits & FLOAT_EXPONENT_BITS) - 1) >> 31);
        return Float.intBitsToFloat(bits & keep);
    }

    @Override
    public String description() {
        return "scalar";
    }
}
