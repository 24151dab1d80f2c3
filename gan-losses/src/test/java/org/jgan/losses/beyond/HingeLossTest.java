package org.jgan.losses.beyond;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.jgan.losses.Scores.column;
import static org.jgan.losses.Scores.values;

import org.junit.jupiter.api.Test;

class HingeLossTest {
    private final HingeLoss loss = new HingeLoss();

    @Test
    void lossesAreMeanHinges() {
        var critic = loss.discriminator(column(2, 0.5, -1), column(-3, 0));
        assertThat(critic.value()).isEqualTo((0 + 0.5 + 2) / 3 + (0 + 1) / 2.0);
        assertThat(values(critic.realGradient())).containsExactly(0, -1 / 3.0, -1 / 3.0);
        assertThat(values(critic.fakeGradient())).containsExactly(0, 0.5);
        assertThat(loss.generator(column(-3, 0)).value()).isEqualTo(1.5);
    }

    @Test
    void optimumIsTheSignOfTheDensityDifference() {
        var optimum = loss.optimum().orElseThrow();
        assertThat(optimum.score(2, 1)).isEqualTo(1.0);
        assertThat(optimum.score(1, 2)).isEqualTo(-1.0);
        assertThat(optimum.score(1, 1)).isEqualTo(0.0);
    }

    /** A perfect separator (s = 1 on real, −1 on fake) has L_D = 0: TV = 1; D = 0 everywhere has L_D = 2: TV = 0. */
    @Test
    void estimateRunsFromZeroToOne() {
        var claim = loss.divergence().orElseThrow();
        assertThat(claim.estimate(column(1, 3), column(-1, -2))).isEqualTo(1.0);
        assertThat(claim.estimate(column(0, 0), column(0))).isEqualTo(0.0);
        assertThat(claim.target().name()).isEqualTo("total variation");
    }
}
