package org.jgan.core.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.jgan.core.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The ring and grid benchmarks: where their modes are, their density, and their samples. */
class ModalDistributionsTest {
    static Stream<ModalDistribution> benchmarks() {
        return Stream.of(Ring.of(8, 1, 0.01), Grid.of(5, 2, 0.05), Ring.of(3, 2, 0.5));
    }

    @Test
    void ringModesAreAtAnglesTwoPiKOverM() {
        double[][] modes = Ring.of(8, 1, 0.01).modes();
        assertThat(modes).hasNumberOfRows(8);
        for (int k = 0; k < 8; k++) {
            assertThat(modes[k][0]).isCloseTo(Math.cos(Math.PI * k / 4), within(1e-15));
            assertThat(modes[k][1]).isCloseTo(Math.sin(Math.PI * k / 4), within(1e-15));
        }
        // linspace(0, 2π, 8) would repeat (1, 0) as its last mode; here the 8 are distinct, √(2 − √2) apart.
        for (int k = 0; k < 8; k++) {
            double[] next = modes[(k + 1) % 8];
            assertThat(Math.hypot(modes[k][0] - next[0], modes[k][1] - next[1]))
                    .isCloseTo(Math.sqrt(2 - Math.sqrt(2)), within(1e-15));
        }
    }

    @Test
    void gridModesAreCentredAtTheOrigin() {
        double[][] modes = Grid.of(5, 2, 0.05).modes();
        double[] expected = {-4, -2, 0, 2, 4};
        assertThat(modes).hasNumberOfRows(25);
        for (double x : expected) {
            for (double y : expected) {
                assertThat(Arrays.stream(modes).anyMatch(m -> m[0] == x && m[1] == y)).as("(%s, %s)", x, y).isTrue();
            }
        }
        assertThat(Grid.of(2, 1, 0.1).modes())
                .isDeepEqualTo(new double[][] {{-0.5, -0.5}, {-0.5, 0.5}, {0.5, -0.5}, {0.5, 0.5}});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("benchmarks")
    void densityIsTheEqualWeightGaussianMixture(ModalDistribution d) {
        double s = d.modeStd();
        double[][] modes = d.modes();
        double[][] points = {modes[0], {modes[0][0] + s, modes[0][1] - 2 * s}, {0.3, -0.7}, {0, 0}};
        for (double[] x : points) {
            double sum = 0;
            for (double[] m : modes) {
                double r2 = (x[0] - m[0]) * (x[0] - m[0]) + (x[1] - m[1]) * (x[1] - m[1]);
                sum += Math.exp(-r2 / (2 * s * s)) / (2 * Math.PI * s * s);
            }
            double expected = sum / modes.length;
            assertThat(d.density(x)).isCloseTo(expected, within(1e-300 + 1e-12 * expected));
        }
    }

    @Test
    void logDensityStaysFiniteBetweenNarrowModes() {
        // The origin is at distance 1 from all 8 ring modes of std 0.01, so the density there is
        // N(1; 0, 1e-4 I) = e^{−5000} / (2π·1e-4): zero in floating point, while its log is exact.
        GaussianModes ring = Ring.of(8, 1, 0.01);
        double expected = -0.5 / 1e-4 - Math.log(2 * Math.PI * 1e-4);
        assertThat(ring.density(0, 0)).isZero();
        assertThat(ring.logDensity(0, 0)).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("benchmarks")
    void samplesAreDeterministicNearTheirModesAndSpreadEvenly(ModalDistribution d) {
        int n = 8_000;
        double[] a = d.sample(n, new SplittableRandom(5));
        assertThat(d.sample(n, new SplittableRandom(5))).containsExactly(a);
        double[][] modes = d.modes();
        int[] counts = new int[modes.length];
        for (int i = 0; i < n; i++) {
            int nearest = 0;
            double best = Double.POSITIVE_INFINITY;
            for (int k = 0; k < modes.length; k++) {
                double r = Math.hypot(a[2 * i] - modes[k][0], a[2 * i + 1] - modes[k][1]);
                if (r < best) {
                    best = r;
                    nearest = k;
                }
            }
            // The radius of a 2-D standard normal exceeds 6 with probability e^{−18} ≈ 1.5e-8 per sample.
            assertThat(best).isLessThan(6 * d.modeStd());
            counts[nearest]++;
        }
        // Pearson's χ² for equal mode frequencies, failing a correct sampler with probability 1e-4.
        double expected = (double) n / modes.length;
        double chi2 = Arrays.stream(counts).mapToDouble(c -> (c - expected) * (c - expected) / expected).sum();
        assertThat(chi2).isLessThan(new ChiSquaredDistribution(modes.length - 1).inverseCumulativeProbability(1 - 1e-4));
    }

    @Test
    void pointsMustHaveTwoCoordinates() {
        assertThatThrownBy(() -> Grid.of(5, 2, 0.05).density(1, 2, 3)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("2 coordinates");
    }
}
