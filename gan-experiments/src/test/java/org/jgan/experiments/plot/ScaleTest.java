package org.jgan.experiments.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.jgan.core.config.ConfigException;
import org.junit.jupiter.api.Test;

class ScaleTest {
    /** Powers of ten from Math.pow are exact to a few ulps; 1e-12 relative is far above that. */
    private static final double TOL = 1e-12;

    @Test
    void logAxisOverManyDecadesLabelsEveryOtherDecadeAndTicksTheRest() {
        Scale scale = Scale.logarithmic(1e-6, 10, 7);
        assertThat(scale.ticks).containsExactly(new double[] {1e-6, 1e-4, 1e-2, 1}, within(TOL));
        assertThat(scale.labels).containsExactly("10⁻⁶", "10⁻⁴", "10⁻²", "10⁰");
        assertThat(scale.minorTicks).containsExactly(new double[] {1e-5, 1e-3, 1e-1, 10}, within(TOL));
    }

    @Test
    void logAxisOverFewDecadesHasMinorTicksAtTwoToNine() {
        Scale scale = Scale.logarithmic(1e-3, 1, 6);
        assertThat(scale.labels).containsExactly("10⁻³", "10⁻²", "10⁻¹", "10⁰");
        assertThat(scale.minorTicks).hasSize(3 * 8);
    }

    @Test
    void logAxisInsideOneDecadeUsesPlainMantissas() {
        Scale scale = Scale.logarithmic(0.2, 0.9, 5);
        assertThat(scale.labels).containsExactly("0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9");
        Scale wider = Scale.logarithmic(0.15, 6, 5);
        assertThat(wider.labels).containsExactly("0.2", "0.5", "1", "2", "5");
    }

    @Test
    void fractionIsLinearOrLogarithmicAndNaNOutsideTheLogDomain() {
        Scale log = Scale.logarithmic(1e-6, 1, 5);
        assertThat(log.fraction(1e-3)).isCloseTo(0.5, within(TOL));
        assertThat(log.fraction(0)).isNaN();
        assertThat(log.fraction(-1)).isNaN();
        Scale linear = Scale.linear(-2, 2, NiceTicks.within(-2, 2, 5));
        assertThat(linear.fraction(1)).isCloseTo(0.75, within(TOL));
    }

    @Test
    void tickLabelsUseTheStepsDecimalsAMinusSignAndShortPowersOfTen() {
        assertThat(TickLabels.linear(new double[] {-1.5, -0.0, 0.5}, 0.5)).containsExactly("−1.5", "0.0", "0.5");
        assertThat(TickLabels.linear(new double[] {0, 2000, 4000}, 2000)).containsExactly("0", "2000", "4000");
        assertThat(TickLabels.linear(new double[] {0, 2e6, 4e6}, 2e6)).containsExactly("0", "2×10⁶", "4×10⁶");
        assertThat(TickLabels.linear(new double[] {0, 5e5, 1e6, 1.5e6}, 5e5))
                .containsExactly("0", "5×10⁵", "1×10⁶", "1.5×10⁶");
        assertThat(TickLabels.linear(new double[] {0, 2e-4, 4e-4}, 2e-4)).containsExactly("0", "2×10⁻⁴", "4×10⁻⁴");
        assertThat(TickLabels.linear(new double[] {2e-4, 2.5e-4, 3e-4}, 5e-5))
                .containsExactly("2×10⁻⁴", "2.5×10⁻⁴", "3×10⁻⁴");
    }

    @Test
    void automaticRangesFitTheData() {
        Extent constant = new Extent(false);
        constant.include(0.5);
        Scale around = Axis.automatic(Axis.Fit.NICE).resolve(constant, 5);
        assertThat(around.lo).isLessThan(0.5);
        assertThat(around.hi).isGreaterThan(0.5);

        Extent positive = new Extent(true);
        positive.include(3e-4);
        positive.include(2);
        positive.include(-1);
        positive.include(Double.NaN);
        Scale decades = Axis.automatic(Axis.Fit.NICE).withLog().resolve(positive, 6);
        assertThat(decades.lo).isCloseTo(1e-4, within(TOL));
        assertThat(decades.hi).isCloseTo(10, within(TOL));

        Scale empty = Axis.automatic(Axis.Fit.TIGHT).resolve(new Extent(false), 5);
        assertThat(empty.lo).isEqualTo(0);
        assertThat(empty.hi).isEqualTo(1);
    }

    @Test
    void fixedRangeIsValidatedAndKept() {
        Scale fixed = Axis.automatic(Axis.Fit.NICE).withRange("yRange", -1, 3).resolve(new Extent(false), 5);
        assertThat(fixed.lo).isEqualTo(-1);
        assertThat(fixed.hi).isEqualTo(3);
        assertThatThrownBy(() -> Axis.automatic(Axis.Fit.NICE).withRange("yRange", 1, 1))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("yRange");
        assertThatThrownBy(() -> Axis.automatic(Axis.Fit.NICE).withLog().withRange("yRange", 0, 1).validate("yRange"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("log-scale");
    }
}
