package org.jgan.experiments.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jgan.experiments.mixture.SeedSpread;
import org.junit.jupiter.api.Test;

/** Moments and the two summaries built on them, against values worked out by hand. */
class MomentsTest {
    @Test
    void meanAndSquaredDeviationsOfSmallIntegers() {
        // mean 2.5; deviations ±0.5, ±1.5: squares 0.25 + 2.25 twice = 5, all exact in binary.
        assertThat(Moments.of(new double[] {1, 2, 3, 4})).isEqualTo(new Moments(2.5, 5, 4));
    }

    @Test
    void aLargeOffsetDoesNotSwallowASmallSpread() {
        // Around 1e9 the one-pass Σv² − n·mean² loses all but a few bits; two passes keep the squares 1 + 0 + 1.
        Moments moments = Moments.of(new double[] {1e9, 1e9 + 1, 1e9 + 2});
        assertThat(moments.mean()).isEqualTo(1e9 + 1);
        assertThat(moments.squaredDeviations()).isEqualTo(2);
    }

    @Test
    void theStandardErrorDividesByNAndTheSeedSpreadByNMinusOne() {
        double[] values = {1, 2, 3, 4};
        assertThat(MeanEstimate.of(values).standardError()).isEqualTo(Math.sqrt(5.0 / 4) / 2);
        assertThat(SeedSpread.of(values).std()).isEqualTo(Math.sqrt(5.0 / 3));
        assertThat(SeedSpread.of(new double[] {7}).std()).isNaN();
    }

    @Test
    void nothingToSummariseIsAnError() {
        assertThatThrownBy(() -> Moments.of(new double[0])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no values");
    }
}
