package org.jgan.experiments.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NiceTicksTest {
    /** Tick values are k·step in double precision; 1e-12 is far above that rounding error. */
    private static final double TOL = 1e-12;

    @Test
    void niceNumberRoundsTheMantissaToOneTwoFiveOrTen() {
        assertThat(NiceTicks.niceNumber(1.49)).isCloseTo(1, within(TOL));
        assertThat(NiceTicks.niceNumber(1.5)).isCloseTo(2, within(TOL));
        assertThat(NiceTicks.niceNumber(2.99)).isCloseTo(2, within(TOL));
        assertThat(NiceTicks.niceNumber(3)).isCloseTo(5, within(TOL));
        assertThat(NiceTicks.niceNumber(6.99)).isCloseTo(5, within(TOL));
        assertThat(NiceTicks.niceNumber(7)).isCloseTo(10, within(TOL));
        assertThat(NiceTicks.niceNumber(0.3715)).isCloseTo(0.5, within(TOL));
        assertThat(NiceTicks.niceNumber(12345)).isCloseTo(10000, within(TOL));
    }

    @Test
    void unitIntervalWithFiveTicksIsStepsOfOneFifth() {
        NiceTicks ticks = NiceTicks.within(0, 1, 5);
        assertThat(ticks.step()).isCloseTo(0.2, within(TOL));
        assertThat(ticks.values()).containsExactly(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1.0}, within(TOL));
    }

    @Test
    void iterationAxisGetsRoundThousands() {
        assertThat(NiceTicks.within(0, 10_000, 6).values())
                .containsExactly(new double[] {0, 2000, 4000, 6000, 8000, 10_000}, within(TOL));
    }

    @Test
    void coveringRangeOfTheCriterionReachesTheNextHalfBelowMinusLogFour() {
        // C(G) from −log 4 ≈ −1.386 up to 0.1: span 1.486 / 4 = 0.37 rounds to 0.5.
        NiceTicks ticks = NiceTicks.covering(-Math.log(4), 0.1, 5);
        assertThat(ticks.step()).isCloseTo(0.5, within(TOL));
        assertThat(ticks.first()).isCloseTo(-1.5, within(TOL));
        assertThat(ticks.last()).isCloseTo(0.5, within(TOL));
    }

    @Test
    void negativeRangeAndExactZero() {
        NiceTicks negative = NiceTicks.covering(-7.3, -2.1, 5);
        assertThat(negative.first()).isCloseTo(-8, within(TOL));
        assertThat(negative.last()).isCloseTo(-2, within(TOL));
        double[] symmetric = NiceTicks.within(-0.3, 0.3, 7).values();
        assertThat(symmetric).hasSize(7);
        assertThat(symmetric[3]).isEqualTo(0.0);
    }

    @Test
    void narrowRangeAroundAConstant() {
        assertThat(NiceTicks.within(0.45, 0.55, 5).values())
                .containsExactly(new double[] {0.46, 0.48, 0.50, 0.52, 0.54}, within(TOL));
    }

    /**
     * nice(x)/x lies in (2/3, 5/3] (worst cases: fraction just under 1.5 → 1, exactly 3 → 5), so a span
     * r with target n has r/step in [0.6(n − 1), 1.5(n − 1)) intervals: within() gives at least
     * ⌊0.6(n − 1)⌋ and at most 1.5(n − 1) + 1 ticks, and covering() brackets the data by less than one step.
     */
    @Test
    void randomRangesGetBoundedTickCountsAndNiceSteps() {
        Random random = new Random(42);
        for (int trial = 0; trial < 2000; trial++) {
            double scale = Math.pow(10, random.nextInt(13) - 6);
            double min = (random.nextDouble() * 2 - 1) * scale;
            double max = min + (random.nextDouble() + 1e-3) * scale;
            int target = 2 + random.nextInt(9);
            NiceTicks inside = NiceTicks.within(min, max, target);
            double mantissa = inside.step() / Math.pow(10, Math.floor(Math.log10(inside.step()) + 1e-9));
            assertThat(mantissa).as("step %s", inside.step()).isCloseTo(Math.rint(mantissa), within(1e-9));
            assertThat(Math.rint(mantissa)).isIn(1.0, 2.0, 5.0);
            assertThat(inside.values().length)
                    .isBetween((int) Math.floor(0.6 * (target - 1)), (int) (1.5 * (target - 1)) + 1);
            for (double v : inside.values()) {
                assertThat(v).isBetween(min - 1e-9 * inside.step(), max + 1e-9 * inside.step());
            }
            NiceTicks around = NiceTicks.covering(min, max, target);
            assertThat(around.first()).isLessThanOrEqualTo(min + 1e-9 * around.step())
                    .isGreaterThan(min - around.step());
            assertThat(around.last()).isGreaterThanOrEqualTo(max - 1e-9 * around.step())
                    .isLessThan(max + around.step());
        }
    }
}
