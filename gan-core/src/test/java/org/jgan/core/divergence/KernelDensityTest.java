package org.jgan.core.divergence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.jgan.core.config.ConfigException;
import org.jgan.core.distribution.Normal;
import org.junit.jupiter.api.Test;

/** The windowed kernel sums against brute-force sums over every sample, and the bandwidth rules. */
class KernelDensityTest {
    private static final int N = 2_000;
    private final double[] samples = new Normal(0, 1).sample(N, new SplittableRandom(7));
    private final KernelDensity kde = KernelDensity.of(samples);

    private double bruteDensity(double x) {
        double sum = 0;
        for (double s : samples) {
            sum += new NormalDistribution(s, kde.bandwidth()).density(x);
        }
        return sum / N;
    }

    private double bruteCdf(double x) {
        double sum = 0;
        for (double s : samples) {
            sum += new NormalDistribution(s, kde.bandwidth()).cumulativeProbability(x);
        }
        return sum / N;
    }

    @Test
    void densityMatchesTheFullSumInTheBulkAndTheTails() {
        // The window leaves out kernels below e^{−32} of the nearest one: relative error at most N·e^{−32}
        // ≈ 2.5e-11; 1e-9 also covers the rounding of N terms.
        for (double x : new double[] {-6, -3.2, -1, 0, 0.37, 2.5, 5}) {
            assertThat(kde.density(x)).as("x = %s", x).isCloseTo(bruteDensity(x), within(1e-9 * bruteDensity(x)));
        }
    }

    @Test
    void logDensityStaysFiniteWhereTheDensityUnderflows() {
        // 60 bandwidths beyond the largest sample the density is below e^{−1800}; its log is dominated by the
        // nearest kernel: log φ(d/h) − log(N h) to within log N.
        double largest = Arrays.stream(samples).max().orElseThrow();
        double h = kde.bandwidth();
        double x = largest + 60 * h;
        assertThat(kde.density(x)).isZero();
        double nearestKernel = -0.5 * 60 * 60 - Math.log(N * h * Math.sqrt(2 * Math.PI));
        assertThat(kde.logDensity(x)).isBetween(nearestKernel, nearestKernel + Math.log(N));
    }

    @Test
    void cdfMatchesTheFullSumAndInvertsTheQuantile() {
        // The CDF leaves out Φ(−8) ≈ 6e-16 per kernel.
        for (double x : new double[] {-4, -1, 0, 0.5, 3}) {
            assertThat(kde.cdf(x)).as("x = %s", x).isCloseTo(bruteCdf(x), within(1e-13));
        }
        for (double p : new double[] {1e-13, 1e-3, 0.25, 0.5, 0.9, 1 - 1e-9}) {
            assertThat(kde.cdf(kde.quantile(p))).as("p = %s", p).isCloseTo(p, within(1e-13 + 1e-12 * p));
        }
    }

    @Test
    void densityIntegratesToOne() {
        // ∫ over ±8 std plus 40 bandwidths, far beyond every kernel's mass.
        double lo = kde.quantile(0) - 1;
        double hi = kde.quantile(1) + 1;
        double mass = new AdaptiveQuadrature().integrate(List.of(new AdaptiveQuadrature.Segment(kde::density, lo, hi)));
        assertThat(mass).isCloseTo(1, within(1e-10));
    }

    @Test
    void bandwidthsFollowTheirRules() {
        DescriptiveStatistics stats = new DescriptiveStatistics(samples);
        double sd = stats.getStandardDeviation();
        double iqr = quartile(75) - quartile(25);
        double scale = Math.pow(N, -0.2);
        assertThat(KernelDensity.of(samples, Bandwidth.SCOTT).bandwidth()).isCloseTo(1.06 * sd * scale, within(1e-14));
        assertThat(kde.bandwidth()).isCloseTo(0.9 * Math.min(sd, iqr / 1.34) * scale, within(1e-14));
    }

    @Test
    void centresAreTheSampleQuartiles() {
        assertThat(kde.centres()).containsExactly(new double[] {quartile(25), quartile(50), quartile(75)},
                within(1e-15));
    }

    /**
     * The sample percentile by commons-math3, independently of the code under test: estimation type R-7, linear
     * interpolation between order statistics at (n − 1)·p, the definition {@code Bandwidth} implements.
     */
    private double quartile(double percent) {
        return new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(samples, percent);
    }

    @Test
    void samplingIsDeterministicAndHasTheKdeVariance() {
        double[] a = kde.sample(20_000, new SplittableRandom(3));
        assertThat(kde.sample(20_000, new SplittableRandom(3))).containsExactly(a);
        // Var = sample variance (biased) + h²; the variance of a sample variance of 20,000 near-normal draws
        // has sd √(2/20,000) ≈ 0.01 relative: 5 sd.
        Variance biased = new Variance(false);
        double expected = biased.evaluate(samples) + kde.bandwidth() * kde.bandwidth();
        assertThat(biased.evaluate(a)).isCloseTo(expected, within(0.05 * expected));
    }

    @Test
    void degenerateInputIsRejectedWithTheField() {
        assertThatThrownBy(() -> KernelDensity.of(new double[] {1, 1, 1})).isInstanceOf(ConfigException.class)
                .hasMessageContaining("kernel density: samples").hasMessageContaining("two distinct");
        assertThatThrownBy(() -> KernelDensity.of(new double[] {1})).isInstanceOf(ConfigException.class)
                .hasMessageContaining("number of samples");
        assertThatThrownBy(() -> KernelDensity.of(new double[] {1, Double.NaN})).isInstanceOf(ConfigException.class)
                .hasMessageContaining("sample 1");
        assertThatThrownBy(() -> KernelDensity.withBandwidth(new double[] {1, 2}, 0))
                .isInstanceOf(ConfigException.class).hasMessageContaining("bandwidth");
    }
}
