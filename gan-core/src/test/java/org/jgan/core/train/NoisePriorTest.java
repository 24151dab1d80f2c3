package org.jgan.core.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.jgan.core.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class NoisePriorTest {
    /** 10⁶ coordinates: the sample mean's standard error is 10⁻³ for unit variance. */
    private static final int ROWS = 10_000;
    private static final int DIMENSION = 100;

    @Test
    void unitVarianceIsTheUniformOfHalfWidthRootThreeOrTheStandardNormal() {
        assertThat(NoisePrior.unitVariance(NoisePrior.UNIFORM, 100))
                .isEqualTo(NoisePrior.uniform(100, -Math.sqrt(3), Math.sqrt(3)));
        assertThat(NoisePrior.unitVariance(NoisePrior.NORMAL, 100)).isEqualTo(NoisePrior.normal(100, 0, 1));
    }

    /**
     * Mean 0 and variance 1 for both kinds, from 10⁶ draws. The mean's standard error is 0.001; the variance's is
     * √(Var z²/n): √(0.8/10⁶) = 0.0009 for U(−√3, √3) (E z⁴ = 9/5), √(2/10⁶) = 0.0014 for N(0, 1) (E z⁴ = 3).
     * The tolerances are five standard errors.
     */
    @Test
    void bothUnitVariancePriorsDrawZeroMeanUnitVarianceCoordinates() {
        for (String kind : new String[] {NoisePrior.UNIFORM, NoisePrior.NORMAL}) {
            INDArray z = NoisePrior.unitVariance(kind, DIMENSION).sample(ROWS, 42, DataType.DOUBLE);
            assertThat(z.shape()).containsExactly(ROWS, DIMENSION);
            double mean = z.meanNumber().doubleValue();
            double variance = z.mul(z).meanNumber().doubleValue() - mean * mean;
            double varianceError = kind.equals(NoisePrior.UNIFORM) ? 0.0009 : 0.0014;
            assertThat(mean).as(kind + " mean").isCloseTo(0, within(5 * 0.001));
            assertThat(variance).as(kind + " variance").isCloseTo(1, within(5 * varianceError));
        }
        INDArray uniform = NoisePrior.unitVariance(NoisePrior.UNIFORM, DIMENSION).sample(ROWS, 42, DataType.DOUBLE);
        assertThat(uniform.amaxNumber().doubleValue()).isLessThanOrEqualTo(Math.sqrt(3));
    }

    @Test
    void anUnknownKindIsBadInputNamingTheNoiseField() {
        assertThatThrownBy(() -> NoisePrior.unitVariance("gaussian", 100))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.field()).isEqualTo("noise"))
                .hasMessageContaining("'uniform' or 'normal'");
    }
}
