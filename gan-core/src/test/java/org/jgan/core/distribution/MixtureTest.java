package org.jgan.core.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.jgan.core.config.ConfigException;
import org.junit.jupiter.api.Test;

/** What a mixture adds to its components: weights, log-sum-exp, breakpoints and centres, sampling. */
class MixtureTest {
    private final Mixture mixture = new Mixture(new double[] {2, 6},
            List.of(new Uniform(-1, 1), new Laplace(3, 0.5)));

    @Test
    void weightsAreNormalisedButKeptAsWritten() {
        assertThat(mixture.probabilities()).containsExactly(0.25, 0.75);
        assertThat(mixture.weights()).containsExactly(2, 6);
        assertThat(mixture).hasToString("mixture(2:uniform(-1,1),6:laplace(3,0.5))");
    }

    @Test
    void breakpointsAndCentresComeFromTheComponents() {
        assertThat(mixture.breakpoints()).containsExactly(-1, 1, 3);
        assertThat(mixture.centres()).containsExactly(0, 3);
    }

    @Test
    void logDensityIsExactFarInTheTails() {
        // At x = 600 the Laplace term is e^{−1194}: the density underflows but the log is its log-sum-exp.
        double expected = Math.log(0.75) - 597 / 0.5 - Math.log(2 * 0.5);
        assertThat(mixture.density(600)).isZero();
        assertThat(mixture.logDensity(600)).isCloseTo(expected, within(1e-10));
        assertThat(mixture.logDensity(0)).isCloseTo(Math.log(0.25 * 0.5 + 0.75 * Math.exp(-6) / (2 * 0.5)), within(1e-14));
    }

    @Test
    void samplesFollowTheWeights() {
        int n = 40_000;
        double[] x = mixture.sample(n, new SplittableRandom(9));
        long inUniform = Arrays.stream(x).filter(v -> v >= -1 && v <= 1).count();
        // P(sample in [−1, 1]) = 0.25 + 0.75 · P(Laplace(3, 0.5) ≤ 1) = 0.25 + 0.375 e^{−4}; binomial sd
        // √(p(1 − p)/n) ≈ 0.0022: 5 sd.
        double p = 0.25 + 0.375 * Math.exp(-4);
        assertThat((double) inUniform / n).isCloseTo(p, within(5 * Math.sqrt(p * (1 - p) / n)));
    }

    @Test
    void invalidMixturesNameTheField() {
        assertThatThrownBy(() -> new Mixture(new double[] {}, List.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("mixture: components");
        assertThatThrownBy(() -> new Mixture(new double[] {1}, List.of(new Normal(0, 1), new Normal(1, 1))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("one weight per component");
        assertThatThrownBy(() -> new Mixture(new double[] {1, Double.NaN}, List.of(new Normal(0, 1), new Normal(1, 1))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("mixture: weight 2");
    }
}
