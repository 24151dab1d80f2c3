package org.jgan.losses.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StableMathTest {
    /** Where the naive forms are exact in double (|s| &lt;= 30) the stable ones agree to a few ulps. */
    @Test
    void agreesWithTheNaiveFormsWhereTheyAreAccurate() {
        for (double s = -30; s <= 30; s += 0.5) {
            double softplus = Math.log1p(Math.exp(s));
            assertThat(StableMath.softplus(s)).as("softplus(%s)", s).isCloseTo(softplus, within(4 * Math.ulp(softplus)));
            double sigmoid = 1 / (1 + Math.exp(-s));
            assertThat(StableMath.sigmoid(s)).as("sigmoid(%s)", s).isCloseTo(sigmoid, within(4 * Math.ulp(sigmoid)));
        }
    }

    @Test
    void staysFiniteAndExactWhereTheNaiveFormsOverflow() {
        assertThat(StableMath.softplus(1e3)).isEqualTo(1e3);
        assertThat(StableMath.softplus(-1e3)).isEqualTo(0.0);
        assertThat(StableMath.softplus(-800)).isEqualTo(0.0);
        assertThat(StableMath.softplus(-40)).isCloseTo(Math.exp(-40), within(1e-16 * Math.exp(-40)));
        assertThat(StableMath.sigmoid(-1e3)).isEqualTo(0.0);
        assertThat(StableMath.sigmoid(1e3)).isEqualTo(1.0);
        assertThat(StableMath.sigmoid(-40)).isCloseTo(Math.exp(-40), within(1e-15 * Math.exp(-40)));
    }
}
