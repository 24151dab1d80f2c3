package org.jgan.core.optim;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Chooses the {@link MomentumKernel} once per JVM: {@link VectorMomentumKernel} when the JVM was started with
 * {@code --add-modules jdk.incubator.vector} and the module has the API this code was compiled against (JDK 17 and
 * 18; JDK 19 replaced its byte-buffer loads and stores), else {@link ScalarMomentumKernel}. Both give the same bits;
 * the vector one is several times faster.
 */
final class MomentumKernels {
    private static final String VECTOR_MODULE = "jdk.incubator.vector";
    /** At least as many floats as the widest SIMD register holds (2048 bits), so that the probe runs the vector loop. */
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
        } catch (RuntimeException | LinkageError unusable) {
            // Another JDK's API (NoSuchMethodError), or the module's classes failing to initialise: the scalar loop
            // gives the same bits, so nothing is lost but speed.
            return new ScalarMomentumKernel();
        }
    }

    private static ByteBuffer probe(int floats) {
        return ByteBuffer.allocateDirect(floats * Float.BYTES).order(ByteOrder.nativeOrder());
    }
}
