package org.jgan.core.optim;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Chooses the {@link MomentumKernel} once per JVM: {@link VectorMomentumKernel} when the JVM was started with
 * {@code --add-modules jdk.incubator.vector} and the module's API is the one this code was compiled against (JDK 17
 * to 19), else {@link ScalarMomentumKernel}. Both give the same bits; the vector one is several times faster.
 */
final class MomentumKernels {
    private static final String VECTOR_MODULE = "jdk.incubator.vector";
    /** More floats than the widest SIMD register holds, so that the probe runs the vector loop. */
    private static final int PROBE_FLOATS = 64;
    private static final MomentumKernel FASTEST = choose();

    private MomentumKernels() {
    }

    /** The kernel this JVM runs. */
    static MomentumKernel fastest() {
        return FASTEST;
    }

    private static MomentumKernel choose() {
        if (ModuleLayer.boot().findModule(VECTOR_MODULE).isEmpty()) {
            return new ScalarMomentumKernel();
        }
        try {
            MomentumKernel vector = new VectorMomentumKernel();
            int n = PROBE_FLOATS;
            vector.update(probe(n), probe(n), probe(n), n, new float[] {1f}, 0.5f, true);
            return vector;
        } catch (LinkageError apiOfAnotherJdk) {
            return new ScalarMomentumKernel();
        }
    }

    private static ByteBuffer probe(int floats) {
        return ByteBuffer.allocateDirect(floats * Float.BYTES).order(ByteOrder.nativeOrder());
    }
}
