package org.jgan.core.optim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.SplittableRandom;
import org.jgan.core.train.FixedNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class FusedMomentumUpdateTest {
    private static final int STEPS = 4;
    private static final int SIZE = 5_000;

    /**
     * The shape of the authors' MNIST optimizer: a loss scale, a decaying rate, a rising momentum. The scale is not a
     * power of two, so that rounding after each factor differs from rounding their product.
     */
    private static GradientTransform[] scaledMomentumStages() {
        return new GradientTransform[] {GradientTransforms.scale(Schedule.constant(0.3)),
            GradientTransforms.descend(Schedule.exponentialDecay(0.1, 1.000004, 1e-6)),
            GradientTransforms.trace(Schedule.linear(0.5, 0.7, 0, 3))};
    }

    @Test
    void fusesScalingsFollowedByOneTraceAndNothingElse() {
        GradientTransform scale = GradientTransforms.scale(Schedule.constant(2));
        GradientTransform descend = GradientTransforms.descend(Schedule.constant(0.1));
        GradientTransform trace = GradientTransforms.trace(Schedule.constant(0.9));
        GradientTransform adam = GradientTransforms.adam(0.9, 0.999, 1e-8);
        MomentumKernel kernel = new ScalarMomentumKernel();
        assertThat(FusedMomentumUpdate.of(List.of(trace), kernel)).isPresent();
        assertThat(FusedMomentumUpdate.of(List.of(descend, trace), kernel)).isPresent();
        assertThat(FusedMomentumUpdate.of(List.of(scale, descend, trace), kernel)).isPresent();

        assertThat(FusedMomentumUpdate.of(List.of(), kernel)).isEmpty();
        assertThat(FusedMomentumUpdate.of(List.of(descend), kernel)).as("no trace").isEmpty();
        assertThat(FusedMomentumUpdate.of(List.of(trace, scale), kernel)).as("a stage after the trace").isEmpty();
        assertThat(FusedMomentumUpdate.of(List.of(adam, descend, trace), kernel)).as("a stateful stage").isEmpty();
        assertThat(FusedMomentumUpdate.of(List.of(trace, trace), kernel)).as("two traces").isEmpty();
    }

    @Test
    void runsOnlyOnContiguousFloatsOfOneShapeAndOrdering() {
        INDArray vector = Nd4j.create(DataType.FLOAT, 6);
        INDArray matrix = Nd4j.create(DataType.FLOAT, new long[] {2, 3}, 'c');
        assertThat(FusedMomentumUpdate.sameContiguousFloats(vector, Nd4j.create(DataType.FLOAT, 6))).isTrue();
        assertThat(FusedMomentumUpdate.sameContiguousFloats(matrix, Nd4j.create(DataType.FLOAT, new long[] {2, 3})))
                .isTrue();

        assertThat(FusedMomentumUpdate.sameContiguousFloats(Nd4j.create(DataType.DOUBLE, 6))).as("double").isFalse();
        assertThat(FusedMomentumUpdate.sameContiguousFloats(vector, Nd4j.create(DataType.DOUBLE, 6))).as("mixed")
                .isFalse();
        assertThat(FusedMomentumUpdate.sameContiguousFloats(matrix.getColumn(0))).as("strided column").isFalse();
        assertThat(FusedMomentumUpdate.sameContiguousFloats(matrix.getRow(1))).as("row at an offset").isFalse();
        assertThat(FusedMomentumUpdate.sameContiguousFloats(matrix,
                Nd4j.create(DataType.FLOAT, new long[] {2, 3}, 'f'))).as("other ordering").isFalse();
        assertThat(FusedMomentumUpdate.sameContiguousFloats(matrix, vector)).as("other shape").isFalse();
        assertThat(FusedMomentumUpdate.sameContiguousFloats(Nd4j.create(DataType.FLOAT, 0))).as("empty").isFalse();
    }

    @Test
    void declinesArraysItCannotLoopOverAndFlushesGradientsOnlyWhenThatIsExact() {
        RecordingKernel kernel = new RecordingKernel();
        FusedMomentumUpdate shrinking = FusedMomentumUpdate.of(List.of(scaledMomentumStages()), kernel).orElseThrow();
        INDArray floats = Nd4j.createFromArray(1f, 2f);
        INDArray doubles = Nd4j.createFromArray(1.0, 2.0);
        assertThat(shrinking.apply(doubles, doubles.dup(), doubles.dup(), 0)).isFalse();
        assertThat(shrinking.apply(floats, floats.dup(), Nd4j.createFromArray(new float[][] {{1f, 2f}}), 0)).isFalse();
        assertThat(kernel.calls).isZero();

        assertThat(shrinking.apply(floats, floats.dup(), floats.dup(), 0)).isTrue();
        assertThat(kernel.calls).isOne();
        assertThat(kernel.flushGradient).as("factors 0.3 and -0.1").isTrue();

        FusedMomentumUpdate enlarging = FusedMomentumUpdate.of(List.of(GradientTransforms.scale(Schedule.constant(1e30)),
                GradientTransforms.trace(Schedule.constant(0.5))), kernel).orElseThrow();
        assertThat(enlarging.apply(floats, floats.dup(), floats.dup(), 0)).isTrue();
        assertThat(kernel.flushGradient).as("a factor 1e30 would lift a subnormal gradient").isFalse();
    }

    /** Counts its calls and remembers the last flushGradient, leaving the buffers alone. */
    private static final class RecordingKernel implements MomentumKernel {
        private int calls;
        private boolean flushGradient;

        @Override
        public void update(ByteBuffer theta, ByteBuffer gradient, ByteBuffer velocity, int n, float[] factors,
                           float momentum, boolean flush) {
            calls++;
            flushGradient = flush;
        }

        @Override
        public String description() {
            return "recording";
        }
    }

    @Test
    void onNormalFloatsTheOptimizerMatchesTheStagesRunOneByOneBitForBit() {
        SplittableRandom random = new SplittableRandom(3);
        Comparison run = new Comparison(spread(random), spread(random));
        for (int step = 0; step < STEPS; step++) {
            run.step(spread(random), step);
            assertThat(run.fusedTheta()).as("θ after step %d", step).containsExactly(run.stagedTheta());
            assertThat(run.fusedVelocity()).as("v after step %d", step).containsExactly(run.stagedVelocity());
            assertThat(run.fusedUpdate()).as("the update left in the gradient buffer").containsExactly(run.stagedUpdate());
        }
    }

    @Test
    void withSubnormalsTheFlushChangesOnlyVelocitiesTooSmallToMoveAParameter() {
        // Parameters of at least 1e-20 (above the 2^-75 where the flush could change a rounding), gradients and
        // velocities with subnormals mixed in. Each step the flush drops less than 2^-126 twice, so with mu <= 0.7
        // the velocities stay within 2^-125 / (1 - 0.7) + 0.7 * 2^-126 (a restored subnormal velocity) < 7.4 * 2^-126
        // of the stages', plus rounding: 8 * 2^-126 bounds it.
        SplittableRandom random = new SplittableRandom(4);
        float[] theta = spread(random);
        for (int i = 0; i < SIZE; i++) {
            theta[i] = Math.copySign(Math.max(Math.abs(theta[i]), 1e-20f), theta[i]);
        }
        Comparison run = new Comparison(theta, MomentumKernelTest.mixed(random, SIZE));
        int flushed = 0;
        for (int step = 0; step < STEPS; step++) {
            run.step(MomentumKernelTest.mixed(random, SIZE), step);
            assertThat(run.fusedTheta()).as("θ after step %d", step).containsExactly(run.stagedTheta());
            float[] fused = run.fusedVelocity();
            float[] staged = run.stagedVelocity();
            for (int i = 0; i < SIZE; i++) {
                if (fused[i] != staged[i]) {
                    flushed++;
                    assertThat(Math.abs(staged[i] - fused[i])).as("v[%d] after step %d", i, step)
                            .isLessThan(8 * Float.MIN_NORMAL);
                }
            }
        }
        assertThat(flushed).as("velocities the flush changed: the Optimizer ran the fused pass").isPositive();
    }

    /** One optimizer fused, beside the same stages applied one by one through ND4J, from the same start. */
    private static final class Comparison {
        private final FixedNetwork network;
        private final Optimizer optimizer = Optimizer.chain("sgd", scaledMomentumStages());
        private final GradientTransform[] stages = scaledMomentumStages();
        private final INDArray stagedTheta;
        private final INDArray[] stagedVelocity;
        private INDArray stagedUpdate;

        Comparison(float[] theta, float[] velocity) {
            network = new FixedNetwork(DataType.FLOAT, toDoubles(theta));
            optimizer.prepare(network.parameters());
            optimizer.state().get(0).assign(Nd4j.createFromArray(velocity));
            stagedTheta = Nd4j.createFromArray(theta);
            stagedVelocity = new INDArray[] {Nd4j.createFromArray(velocity)};
        }

        void step(float[] gradient, int step) {
            network.setGradients(toDoubles(gradient));
            optimizer.step(network, step);
            stagedUpdate = Nd4j.createFromArray(gradient);
            for (GradientTransform stage : stages) {
                stage.apply(stagedUpdate, stage.stateBuffers() == 0 ? new INDArray[0] : stagedVelocity, step);
            }
            stagedTheta.addi(stagedUpdate);
        }

        float[] fusedTheta() {
            return network.parameters().toFloatVector();
        }

        float[] stagedTheta() {
            return stagedTheta.toFloatVector();
        }

        float[] fusedVelocity() {
            return optimizer.state().get(0).toFloatVector();
        }

        float[] stagedVelocity() {
            return stagedVelocity[0].toFloatVector();
        }

        float[] fusedUpdate() {
            return network.gradients().toFloatVector();
        }

        float[] stagedUpdate() {
            return stagedUpdate.toFloatVector();
        }
    }

    /** Normal floats of both signs over 33 decades, as are their products with the stages' factors. */
    private static float[] spread(SplittableRandom random) {
        float[] values = new float[SIZE];
        for (int i = 0; i < SIZE; i++) {
            values[i] = (float) (random.nextDouble(-1, 1) * Math.pow(10, random.nextInt(-30, 3)));
        }
        return values;
    }

    private static double[] toDoubles(float[] values) {
        double[] doubles = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            doubles[i] = values[i];
        }
        return doubles;
    }
}
