package org.jgan.core.optim;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link MomentumKernel} in SIMD lanes, through the JDK's incubating Vector API ({@code jdk.incubator.vector}, which
 * needs {@code --add-modules jdk.incubator.vector}; {@code ./gan} and the build pass it). The flush is a compare and a
 * blend, so no lane ever multiplies or adds a subnormal; products and sums are separate lanewise operations, rounded
 * as the scalar loop rounds them (the API never contracts them into fused multiply-adds).
 */
final class VectorMomentumKernel implements MomentumKernel {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();

    @Override
    public void update(ByteBuffer theta, ByteBuffer gradient, ByteBuffer velocity, int n, float[] factors,
                       float momentum, boolean flushGradient) {
        int vectorEnd = SPECIES.loopBound(n);
        for (int i = 0; i < vectorEnd; i += SPECIES.length()) {
            int offset = i * Float.BYTES;
            FloatVector update = FloatVector.fromByteBuffer(SPECIES, gradient, offset, ORDER);
            if (flushGradient) {
                update = flushToZero(update);
            }
            for (float factor : factors) {
                update = update.mul(factor);
            }
            FloatVector v = flushToZero(FloatVector.fromByteBuffer(SPECIES, velocity, offset, ORDER));
            FloatVector next = flushToZero(v.mul(momentum).add(flushToZero(update)));
            next.intoByteBuffer(velocity, offset, ORDER);
            next.intoByteBuffer(gradient, offset, ORDER);
            FloatVector.fromByteBuffer(SPECIES, theta, offset, ORDER).add(next).intoByteBuffer(theta, offset, ORDER);
        }
        ScalarMomentumKernel.update(theta.asFloatBuffer(), gradient.asFloatBuffer(), velocity.asFloatBuffer(),
                vectorEnd, n, factors, momentum, flushGradient);
    }

    private static FloatVector flushToZero(FloatVector x) {
        return x.blend(0f, x.lanewise(VectorOperators.ABS).lt(Float.MIN_NORMAL));
    }

    @Override
    public String description() {
        return "vector (" + SPECIES.length() + " float lanes)";
    }
}
