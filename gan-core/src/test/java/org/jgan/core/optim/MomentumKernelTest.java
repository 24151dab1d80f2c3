package org.jgan.core.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract every {@link MomentumKernel} keeps: the loop of its Javadoc, bit for bit. */
class MomentumKernelTest {
    /** Not a multiple of any SIMD width, so that the vector kernel's scalar tail runs too. */
    private static final int SIZE = 5_003;
    /** Fewer elements than the narrowest SIMD register holds: only the vector kernel's scalar tail runs. */
    private static final int SHORTER_THAN_ANY_VECTOR = 3;
    private static final float MIN_NORMAL = Float.MIN_NORMAL;

    /** The scalar kernel, and the vector one where this JVM can run it. */
    static List<MomentumKernel> kernels() {
        MomentumKernel fastest = MomentumKernels.fastest();
        return fastest instanceof ScalarMomentumKernel ? List.of(fastest) : List.of(new ScalarMomentumKernel(), fastest);
    }

    @Test
    void thisJvmRunsTheVectorKernelAsTheBuildAsksIt() {
        // surefire passes --add-modules jdk.incubator.vector, as ./gan does; without it the update is several times
        // slower, so a build that lost the flag should fail here rather than quietly run the scalar loop. JDK 19
        // replaced the byte-buffer API the vector kernel uses, so there the scalar loop is expected.
        assumeTrue(Runtime.version().feature() <= 18, "the vector kernel needs JDK 17's or 18's Vector API");
        assertThat(MomentumKernels.fastest()).isInstanceOf(VectorMomentumKernel.class);
        assertThat(MomentumKernels.fastest().description()).startsWith("vector (");
    }

    @Test
    void flushToZeroKeepsNormalsZeroAndSpecialsAndZeroesEverySubnormal() {
        float[] kept = {MIN_NORMAL, -MIN_NORMAL, 1f, -3.5e-20f, Float.MAX_VALUE, 0f, Float.POSITIVE_INFINITY,
            Float.NEGATIVE_INFINITY};
        for (float x : kept) {
            assertThat(Float.floatToRawIntBits(ScalarMomentumKernel.flushToZero(x))).as("bits of %s", x)
                    .isEqualTo(Float.floatToRawIntBits(x));
        }
        assertThat(ScalarMomentumKernel.flushToZero(Float.NaN)).isNaN();
        float largestSubnormal = Math.nextDown(MIN_NORMAL);
        for (float x : new float[] {Float.MIN_VALUE, -Float.MIN_VALUE, largestSubnormal, -largestSubnormal, 1e-40f,
            -0f}) {
            assertThat(Float.floatToRawIntBits(ScalarMomentumKernel.flushToZero(x))).as("bits of %s", x).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("kernels")
    void followsTheLoopOfItsContractBitForBit(MomentumKernel kernel) {
        SplittableRandom random = new SplittableRandom(5);
        float[] theta = withSpecials(mixed(random, SIZE), Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY);
        float[] gradient = withSpecials(mixed(random, SIZE), Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY);
        float[] velocity = mixed(random, SIZE);
        float[][] factorSets = {{}, {-0.0999996f}, {0.3f, -0.0999996f}, {1e30f, -0.5f}};
        for (int n : new int[] {SIZE, SHORTER_THAN_ANY_VECTOR}) {
            for (float[] factors : factorSets) {
                for (boolean flushGradient : new boolean[] {false, true}) {
                    if (flushGradient && !noneEnlarges(factors)) {
                        continue;  // FusedMomentumUpdate never asks for this: it would not be exact
                    }
                    float[] expectedTheta = theta.clone();
                    float[] expectedGradient = gradient.clone();
                    float[] expectedVelocity = velocity.clone();
                    reference(n, expectedTheta, expectedGradient, expectedVelocity, factors, 0.6372f, flushGradient);
                    ByteBuffer t = buffer(theta);
                    ByteBuffer g = buffer(gradient);
                    ByteBuffer v = buffer(velocity);

                    kernel.update(t, g, v, n, factors, 0.6372f, flushGradient);

                    String run = kernel.description() + ", n " + n + ", factors " + Arrays.toString(factors)
                            + ", flushGradient " + flushGradient;
                    assertThat(bits(t)).as("θ, " + run).containsExactly(bits(expectedTheta));
                    assertThat(bits(g)).as("g, " + run).containsExactly(bits(expectedGradient));
                    assertThat(bits(v)).as("v, " + run).containsExactly(bits(expectedVelocity));
                }
            }
        }
    }

    private static boolean noneEnlarges(float[] factors) {
        for (float factor : factors) {
            if (Math.abs(factor) > 1) {
                return false;
            }
        }
        return true;
    }

    /** Puts the given special values at a few fixed places, NaN only where nothing else is NaN (one payload). */
    private static float[] withSpecials(float[] values, float... specials) {
        for (int k = 0; k < specials.length; k++) {
            values[3 + 101 * k] = specials[k];
            values[SIZE - 2 - k] = specials[k];
        }
        return values;
    }

    /** The contract's loop written out independently: ftz as a comparison, not on the bits. */
    private static void reference(int n, float[] theta, float[] gradient, float[] velocity, float[] factors,
                                  float mu, boolean flushGradient) {
        for (int i = 0; i < n; i++) {
            float u = flushGradient ? ftz(gradient[i]) : gradient[i];
            for (float f : factors) {
                u = u * f;
            }
            float next = ftz(mu * ftz(velocity[i]) + ftz(u));
            velocity[i] = next;
            gradient[i] = next;
            theta[i] = theta[i] + next;
        }
    }

    private static float ftz(float x) {
        return Math.abs(x) < MIN_NORMAL ? 0f : x;
    }

    /** Normal values over 33 decades, a tenth subnormal, a tenth within a factor 4 of 2⁻¹²⁶, some signed zeros. */
    static float[] mixed(SplittableRandom random, int size) {
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            double draw = random.nextDouble();
            values[i] = draw < 0.1 ? (float) (random.nextDouble(-1, 1) * MIN_NORMAL)
                    : draw < 0.2 ? (float) (random.nextDouble(-4, 4) * MIN_NORMAL)
                    : draw < 0.22 ? (random.nextBoolean() ? 0f : -0f)
                    : (float) (random.nextDouble(-1, 1) * Math.pow(10, random.nextInt(-30, 3)));
        }
        return values;
    }

    private static ByteBuffer buffer(float[] values) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(values.length * Float.BYTES).order(ByteOrder.nativeOrder());
        buffer.asFloatBuffer().put(values);
        return buffer;
    }

    private static int[] bits(ByteBuffer buffer) {
        int[] bits = new int[SIZE];
        buffer.asIntBuffer().get(bits);
        return bits;
    }

    private static int[] bits(float[] values) {
        int[] bits = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            bits[i] = Float.floatToRawIntBits(values[i]);
        }
        return bits;
    }
}
