package org.jgan.core.optim;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link MomentumKernel} in SIMD lanes, through the JDK's incubating Vector API (JEP 414, {@code jdk.incubator.vector}:
 * it needs {@code --add-modules jdk.incubator.vector}, which {@code ./gan} and the build pass). The flush is a compare
 * and a blend, so the loop never reads a subnormal velocity, nor a subnormal gradient when it flushes g; products and
 * sums are separate lanewise operations, rounded as the scalar loop rounds them (the API never contracts them into
 * fused multiply-adds). Loads and stores take byte offsets from position 0 and name the byte order, so the buffers'
 * own positions and orders do not matter.
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
        ScalarMomentumKernel.updateRange(ScalarMomentumKernel.floats(theta), ScalarMomentumKernel.floats(gradient),
                ScalarMomentumKernel.floats(velocity), vectorEnd, n, factors, momentum, flushGradient);
    }

    private static FloatVector flushToZero(FloatVector x) {
        return x.blend(0f, x.lanewise(VectorOperators.ABS).lt(Float.MIN_NORMAL));
    }

    @Override
    public String description() {
        return "vector (" + SPECIES.length() + " float lanes)";
    }
}
