package org.jgan.core.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;
import org.jgan.core.config.ConfigException;
import org.jgan.core.train.FixedNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;

class OptimizerTest {
    private static final double EXACT = 1e-12;

    @ParameterizedTest
    @EnumSource(value = DataType.class, names = {"DOUBLE", "FLOAT"})
    void sgdWithClassicMomentumMatchesTheRecurrenceByHand(DataType type) {
        // v <- mu v - lr g; theta <- theta + v, with lr and mu changing every step (pylearn2's form), every product
        // and sum rounded to the network's type. Doubles run stage by stage, floats through the fused pass.
        DoubleUnaryOperator round = type == DataType.FLOAT ? x -> (float) x : x -> x;
        Schedule lr = Schedule.exponentialDecay(0.1, 2.0, 0.0);
        Schedule mu = Schedule.linear(0.5, 0.7, 0, 2);
        Optimizer sgd = Optimizer.chain("sgd", GradientTransforms.descend(lr), GradientTransforms.trace(mu));
        FixedNetwork net = new FixedNetwork(type, 1.0, -2.0);
        double[] theta = {1.0, -2.0};
        double[] v = {0, 0};
        double[][] grads = {{0.5, -1.0}, {2.0, 3.0}, {-1.0, 0.25}};
        for (int step = 0; step < grads.length; step++) {
            net.setGradients(grads[step]);
            sgd.step(net, step);
            double stepMomentum = round.applyAsDouble(mu.at(step));
            double descent = round.applyAsDouble(-lr.at(step));
            for (int i = 0; i < 2; i++) {
                v[i] = round.applyAsDouble(round.applyAsDouble(stepMomentum * v[i])
                        + round.applyAsDouble(grads[step][i] * descent));
                theta[i] = round.applyAsDouble(theta[i] + v[i]);
            }
            assertThat(net.parameters().toDoubleVector()).containsExactly(theta);
        }
    }

    @Test
    void adamFirstStepMovesEachParameterByTheLearningRate() {
        // With bias correction, m_hat = g and v_hat = g^2 at t = 1, so the step is lr * g / (|g| + eps).
        Optimizer adam = Optimizer.chain("adam", GradientTransforms.adam(0.9, 0.999, 1e-8),
                GradientTransforms.descend(Schedule.constant(0.01)));
        FixedNetwork net = new FixedNetwork(DataType.DOUBLE, 0.0, 0.0);
        net.setGradients(new double[] {3.0, -0.002});
        adam.step(net, 0);
        double[] expected = {-0.01 * 3.0 / (3.0 + 1e-8), 0.01 * 0.002 / (0.002 + 1e-8)};
        assertThat(net.parameters().toDoubleVector()).containsExactly(expected, within(EXACT));
    }

    @Test
    void adamMatchesItsRecurrenceByHandOverSeveralSteps() {
        // m <- b1 m + (1-b1) g; v <- b2 v + (1-b2) g^2; theta <- theta - lr (m / c1) / (sqrt(v / c2) + eps),
        // c_i = 1 - b_i^t. Gradients of very different sizes exercise eps and both bias corrections.
        double b1 = 0.5;
        double b2 = 0.999;
        double eps = 1e-8;
        double lr = 0.01;
        Optimizer adam = Optimizer.chain("adam", GradientTransforms.adam(b1, b2, eps),
                GradientTransforms.descend(Schedule.constant(lr)));
        FixedNetwork net = new FixedNetwork(DataType.DOUBLE, 1.0, -2.0);
        double[] theta = {1.0, -2.0};
        double[] m = {0, 0};
        double[] v = {0, 0};
        double[][] grads = {{0.5, -1e-7}, {2.0, 3e-6}, {-1.0, 0.25}, {1e-3, -4.0}};
        for (int step = 0; step < grads.length; step++) {
            net.setGradients(grads[step]);
            adam.step(net, step);
            double c1 = 1 - Math.pow(b1, step + 1);
            double c2 = 1 - Math.pow(b2, step + 1);
            for (int i = 0; i < 2; i++) {
                double g = grads[step][i];
                m[i] = b1 * m[i] + (1 - b1) * g;
                v[i] = b2 * v[i] + (1 - b2) * g * g;
                theta[i] -= lr * (m[i] / c1) / (Math.sqrt(v[i] / c2) + eps);
            }
            assertThat(net.parameters().toDoubleVector()).containsExactly(theta, within(EXACT));
        }
    }

    @Test
    void rmspropMatchesItsRecurrenceByHandOverSeveralSteps() {
        // a <- rho a + (1-rho) g^2; theta <- theta - lr g / (sqrt(a) + eps).
        double rho = 0.9;
        double eps = 1e-8;
        double lr = 0.01;
        Optimizer rmsprop = Optimizer.chain("rmsprop", GradientTransforms.rmsprop(rho, eps),
                GradientTransforms.descend(Schedule.constant(lr)));
        FixedNetwork net = new FixedNetwork(DataType.DOUBLE, 1.0, -2.0);
        double[] theta = {1.0, -2.0};
        double[] a = {0, 0};
        double[][] grads = {{0.5, -1e-7}, {2.0, 3e-6}, {-1.0, 0.25}};
        for (int step = 0; step < grads.length; step++) {
            net.setGradients(grads[step]);
            rmsprop.step(net, step);
            for (int i = 0; i < 2; i++) {
                double g = grads[step][i];
                a[i] = rho * a[i] + (1 - rho) * g * g;
                theta[i] -= lr * g / (Math.sqrt(a[i]) + eps);
            }
            assertThat(net.parameters().toDoubleVector()).containsExactly(theta, within(EXACT));
        }
    }

    @Test
    void stateRoundTripsThroughRestore() {
        Optimizer first = Optimizer.chain("sgd", GradientTransforms.descend(Schedule.constant(0.1)),
                GradientTransforms.trace(Schedule.constant(0.9)));
        FixedNetwork net = new FixedNetwork(DataType.DOUBLE, 1.0);
        net.setGradients(new double[] {1.0});
        first.step(net, 0);
        Optimizer second = Optimizer.chain("sgd", GradientTransforms.descend(Schedule.constant(0.1)),
                GradientTransforms.trace(Schedule.constant(0.9)));
        second.restore(first.state(), net.parameters());
        assertThat(second.state().get(0).toDoubleVector()).containsExactly(-0.1);
    }

    @Test
    void negativeLearningRateIsRejectedWithTheFieldName() {
        assertThatThrownBy(() -> Schedule.exponentialDecay(-0.1, 1.000004, 1e-6))
                .isInstanceOf(ConfigException.class).hasMessageContaining("learning rate");
    }

    @Test
    void goodfellowLearningRateDecaysPerStepToItsFloor() {
        Schedule lr = Schedule.exponentialDecay(0.1, 1.000004, 1e-6);
        assertThat(lr.at(0)).isEqualTo(0.1);
        assertThat(lr.at(100_000)).isCloseTo(0.1 / Math.pow(1.000004, 100_000), within(EXACT));
        assertThat(lr.at(10_000_000)).isEqualTo(1e-6);
    }

    @Test
    void momentumRampIsLinearInEpochs() {
        Schedule momentum = Schedule.linear(0.5, 0.7, 1, 250).perEpoch(500);
        assertThat(momentum.at(0)).isEqualTo(0.5);
        assertThat(momentum.at(500 * 125)).isCloseTo(0.5 + 0.2 * 124 / 249, within(EXACT));
        assertThat(momentum.at(500L * 300)).isEqualTo(0.7);
    }
}
