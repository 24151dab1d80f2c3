package org.jgan.experiments.mnist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.jgan.core.config.ConfigException;
import org.jgan.core.optim.Optimizer;
import org.jgan.core.optim.Schedule;
import org.junit.jupiter.api.Test;

class AuthorsSgdTest {
    /** Double rounding of a few products and sums of numbers near 1: far below this. */
    private static final double EXACT = 1e-12;
    private static final int STEPS_PER_EPOCH = 500;

    private static AuthorsSgd authors() {
        return new AuthorsSgd(AuthorsSgd.LEARNING_RATE, AuthorsSgd.DECAY, AuthorsSgd.FLOOR, AuthorsSgd.MOMENTUM_START,
                AuthorsSgd.MOMENTUM_END, AuthorsSgd.START_EPOCH, AuthorsSgd.SATURATE_EPOCH, STEPS_PER_EPOCH);
    }

    @Test
    void learningRateIsDividedBy1_000004AfterEveryMinibatchDownToItsFloor() {
        Schedule lr = authors().learningRateSchedule();
        assertThat(lr.at(0)).isEqualTo(0.1);
        assertThat(lr.at(1)).isCloseTo(0.1 / 1.000004, within(EXACT));
        assertThat(lr.at(250_000)).isCloseTo(0.1 * Math.pow(1.000004, -250_000), within(EXACT));
        // 0.1 / 1.000004^t = 1e-6 at t = ln(1e5) / ln(1.000004) ≈ 2.88 million minibatches.
        assertThat(lr.at(3_000_000)).isEqualTo(1e-6);
    }

    @Test
    void momentumRisesLinearlyFromHalfInTheFirstEpochToPointSevenInEpoch250() {
        Schedule mu = authors().momentumSchedule();
        // pylearn2's MomentumAdjustor(start=1, saturate=250) has been called e + 1 times during 0-based epoch e.
        assertThat(mu.at(0)).isEqualTo(0.5);
        assertThat(mu.at(STEPS_PER_EPOCH - 1)).isEqualTo(0.5);
        assertThat(mu.at(STEPS_PER_EPOCH)).isCloseTo(0.5 + 0.2 / 249, within(EXACT));
        assertThat(mu.at(100L * STEPS_PER_EPOCH + 17)).isCloseTo(0.5 + 0.2 * 100 / 249, within(EXACT));
        assertThat(mu.at(249L * STEPS_PER_EPOCH)).isCloseTo(0.7, within(EXACT));
        assertThat(mu.at(1000L * STEPS_PER_EPOCH)).isCloseTo(0.7, within(EXACT));
    }

    @Test
    void discriminatorStepsAreClassicMomentumOnHalfTheGradient() {
        AuthorsSgd sgd = authors();
        Optimizer optimizer = sgd.create(AuthorsSgd.DISCRIMINATOR_LOSS_SCALE);
        VectorNetwork net = new VectorNetwork(1.0, -2.0);
        double[] theta = {1.0, -2.0};
        double[] v = {0, 0};
        double[][] grads = {{0.5, -1.0}, {2.0, 3.0}, {-1.0, 0.25}};
        long[] steps = {0, 1, 2L * STEPS_PER_EPOCH};
        for (int i = 0; i < grads.length; i++) {
            net.setGradients(grads[i]);
            optimizer.step(net, steps[i]);
            double lr = sgd.learningRateSchedule().at(steps[i]);
            double mu = sgd.momentumSchedule().at(steps[i]);
            for (int j = 0; j < theta.length; j++) {
                v[j] = mu * v[j] - lr * 0.5 * grads[i][j];
                theta[j] += v[j];
            }
            assertThat(net.parameters().toDoubleVector()).containsExactly(theta, within(EXACT));
        }
    }

    @Test
    void invalidValuesNameTheirSetting() {
        assertThatThrownBy(() -> new AuthorsSgd(0.1, 1.000004, 1e-6, 0.5, 1.5, 1, 250, 500))
                .isInstanceOf(ConfigException.class).hasMessageContaining("momentum-end");
        assertThatThrownBy(() -> new AuthorsSgd(0.1, 1.000004, 1e-6, 0.5, 0.7, 10, 5, 500))
                .isInstanceOf(ConfigException.class).hasMessageContaining("momentum-saturate-epoch");
    }
}
