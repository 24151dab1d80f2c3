package org.jgan.experiments.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.jgan.core.config.ConfigException;
import org.jgan.core.distribution.GaussianModes;
import org.jgan.core.distribution.Grid;
import org.jgan.core.distribution.Ring;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class ModeCoverageTest {
    /** Four modes on the unit circle, std 0.1: the high-quality radius is 0.3. */
    private static final double[][] CROSS = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};

    @Test
    void countsHandMadeSamplesExactly() {
        double[] samples = {
            1, 0,        // on mode 0: high quality
            1.29, 0,     // 0.29 from mode 0: high quality
            0, 1.31,     // 0.31 from mode 1: too far
            -1, 0.25,    // 0.25 from mode 2: high quality
            0, 0,        // 1 from every mode
            0.5, -0.5,   // 0.71 from modes 0 and 3
        };

        ModeCoverage.Coverage coverage = new ModeCoverage(CROSS, 0.1, 3).evaluate(samples);

        assertThat(coverage.samples()).isEqualTo(6);
        assertThat(coverage.highQualitySamples()).isEqualTo(3);
        assertThat(coverage.highQualityPerMode()).containsExactly(2, 0, 1, 0);
        assertThat(coverage.modesCaptured()).isEqualTo(2);
        assertThat(coverage.modes()).isEqualTo(4);
        assertThat(coverage.highQualityFraction()).isEqualTo(0.5);
        assertThat(coverage).hasToString("2 of 4 modes, 50.0 % high quality (3 of 6 samples)");
    }

    @Test
    void aSampleNearAModeButOutsideTheRadiusDoesNotCaptureIt() {
        ModeCoverage.Coverage coverage = new ModeCoverage(CROSS, 0.1, 3).evaluate(new double[] {0, 1.31, 0, 1.5});

        assertThat(coverage.modesCaptured()).isZero();
        assertThat(coverage.highQualitySamples()).isZero();
    }

    @Test
    void aTieGoesToTheLowerMode() {
        ModeCoverage.Coverage coverage = new ModeCoverage(new double[][] {{0, 0}, {0.2, 0}}, 0.1, 3)
                .evaluate(new double[] {0.1, 0});

        assertThat(coverage.highQualityPerMode()).containsExactly(1, 0);
    }

    @Test
    void theRingBenchmarkHasEightModes() {
        GaussianModes ring = Ring.of(8, 1, 0.01);
        double[] onEveryMode = new double[16];
        double[][] modes = ring.modes();
        for (int k = 0; k < 8; k++) {
            onEveryMode[2 * k] = modes[k][0];
            onEveryMode[2 * k + 1] = modes[k][1];
        }

        ModeCoverage.Coverage coverage = new ModeCoverage(ring).evaluate(onEveryMode);

        assertThat(coverage.modesCaptured()).isEqualTo(8);
        assertThat(coverage.highQualityFraction()).isEqualTo(1.0);
    }

    @Test
    void gridSamplesFromTheMixtureAreAlmostAllHighQuality() {
        GaussianModes grid = Grid.of(5, 2, 0.05);
        double[] samples = grid.sample(ModeCoverage.PROTOCOL_SAMPLES, new SplittableRandom(2017));

        ModeCoverage.Coverage coverage = new ModeCoverage(grid).evaluate(samples);

        assertThat(coverage.modes()).isEqualTo(25);
        // A 2-D Gaussian sample lies within 3σ of its centre with probability 1 − e^(−9/2) = 0.98889; modes are 40σ
        // apart, so a sample's nearest mode is its own. Of 2,500 samples the high-quality count is Binomial(2500,
        // 0.98889): mean 2472.2, sd 5.2; ±6 sd is [2441, 2500]. Every mode gets about 100 samples: all captured.
        assertThat(coverage.highQualitySamples()).isBetween(2441, 2500);
        assertThat(coverage.modesCaptured()).isEqualTo(25);
    }

    @Test
    void anInputMatrixGivesTheSameAsRowMajorValues() {
        double[] samples = {1, 0, 1.29, 0, 0, 1.31, -1, 0.25};
        ModeCoverage coverage = new ModeCoverage(CROSS, 0.1, 3);

        ModeCoverage.Coverage fromValues = coverage.evaluate(samples);

        for (DataType type : new DataType[] {DataType.DOUBLE, DataType.FLOAT}) {
            ModeCoverage.Coverage fromMatrix = coverage.evaluate(Nd4j.create(samples, new long[] {4, 2}, type));
            assertThat(fromMatrix.highQualityPerMode()).as(type.toString())
                    .containsExactly(fromValues.highQualityPerMode());
            assertThat(fromMatrix.modesCaptured()).isEqualTo(fromValues.modesCaptured());
            assertThat(fromMatrix.samples()).isEqualTo(4);
        }
    }

    @Test
    void badSettingsAndShapesAreRejected() {
        assertThatThrownBy(() -> new ModeCoverage(CROSS, 0, 3)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("mode-coverage.std: expected a finite number > 0");
        assertThatThrownBy(() -> new ModeCoverage(new double[0][], 0.1, 3))
                .hasMessageStartingWith("mode-coverage.modes: expected an integer >= 1");
        assertThatThrownBy(() -> new ModeCoverage(CROSS, 0.1, 3).evaluate(new double[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ModeCoverage(CROSS, 0.1, 3).evaluate(Nd4j.zeros(DataType.DOUBLE, 2, 3)))
                .hasMessageContaining("2 columns, got [2, 3]");
    }

    @Test
    void toStringShowsTheConfiguration() {
        assertThat(new ModeCoverage(Ring.of(8, 1, 0.01)))
                .hasToString("ModeCoverage(8 modes, std=0.01, high quality within 3.0·std)");
    }
}
