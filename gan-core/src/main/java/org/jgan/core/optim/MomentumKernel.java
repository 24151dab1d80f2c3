package org.jgan.core.optim;

import java.nio.ByteBuffer;

/**
 * The inner loop of {@link FusedMomentumUpdate} over elements 0..n−1 of float32 buffers in native byte order, read
 * from position 0 whatever the buffers' positions:
 * <pre>
 *   u = (flushGradient ? ftz(g) : g)·f₁·…·f_k;  v ← ftz(μ·ftz(v) + ftz(u));  g ← v;  θ ← θ + v
 * </pre>
 * with ftz(x) = +0 for |x| &lt; 2⁻¹²⁶ ({@link Float#MIN_NORMAL}, so also for −0), x otherwise (what the processors'
 * flush-to-zero and denormals-are-zero modes do, IEEE 754-2008 §3.4 for subnormals), and every product and sum
 * rounded to float in that order. Implementations agree bit for bit: {@link ScalarMomentumKernel} one element at a
 * time, {@link VectorMomentumKernel} in SIMD lanes.
 */
interface MomentumKernel {
    /**
     * Runs the loop above.
     *
     * @param theta         θ, read and written
     * @param gradient      g on entry, v on return
     * @param velocity      v, read and written
     * @param n             the number of elements
     * @param factors       f₁ … f_k, applied in order
     * @param momentum      μ
     * @param flushGradient whether to flush g before scaling it: exact when no |f| exceeds 1, since a scaled
     *                      subnormal then stays below 2⁻¹²⁶ and ftz(u) zeroes it anyway
     */
    void update(ByteBuffer theta, ByteBuffer gradient, ByteBuffer velocity, int n, float[] factors, float momentum,
                boolean flushGradient);

    /** How the kernel is reported, e.g. in a run's provenance. */
    String description();
}
