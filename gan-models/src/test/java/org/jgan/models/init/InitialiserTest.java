package org.jgan.models.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.jgan.core.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Moments of 200 × 500 = 100,000 draws. Tolerances are 5 standard errors: for the mean of n i.i.d. draws of
 * variance v, √(v / n); for the variance, √((μ₄ − v²) / n) with μ₄ = 9r⁴/5 for U(−r, r) and 3σ⁴ for N(0, σ²).
 */
class InitialiserTest {
    private static final int ROWS = 200;
    private static final int COLUMNS = 500;
    private static final double N = ROWS * COLUMNS;

    private static INDArray filled(Initialiser init, long seed) {
        INDArray target = Nd4j.create(DataType.DOUBLE, ROWS, COLUMNS);
        init.fill(target, seed);
        return target;
    }

    private static double variance(INDArray a) {
        return a.varNumber().doubleValue();
    }

    @Test
    void uniformStaysInsideTheRangeWithVarianceRSquaredOverThree() {
        double r = 0.05;
        INDArray w = filled(new UniformInit(r), 1);
        assertThat(w.amaxNumber().doubleValue()).isLessThanOrEqualTo(r).isGreaterThan(0.99 * r);
        double v = r * r / 3;
        assertThat(w.meanNumber().doubleValue()).isCloseTo(0, within(5 * Math.sqrt(v / N)));
        assertThat(variance(w)).isCloseTo(v, within(5 * Math.sqrt((9 * Math.pow(r, 4) / 5 - v * v) / N)));
    }

    @Test
    void glorotUsesTheFansOfTheTarget() {
        double r = Math.sqrt(6.0 / (ROWS + COLUMNS));
        INDArray w = filled(new GlorotUniformInit(), 2);
        assertThat(w.amaxNumber().doubleValue()).isLessThanOrEqualTo(r).isGreaterThan(0.99 * r);
    }

    @Test
    void normalHasTheRequestedStandardDeviation() {
        double sigma = 0.02;
        INDArray w = filled(new NormalInit(sigma), 3);
        double v = sigma * sigma;
        assertThat(w.meanNumber().doubleValue()).isCloseTo(0, within(5 * Math.sqrt(v / N)));
        assertThat(variance(w)).isCloseTo(v, within(5 * Math.sqrt(2 * v * v / N)));
    }

    @Test
    void theSameSeedGivesTheSameValuesAndAnotherSeedOthers() {
        for (Initialiser init : new Initialiser[] {new UniformInit(1), new GlorotUniformInit(), new NormalInit(1)}) {
            assertThat(filled(init, 5)).as(init.toString()).isEqualTo(filled(init, 5));
            assertThat(filled(init, 5)).as(init.toString()).isNotEqualTo(filled(init, 6));
        }
    }

    @Test
    void fillsAViewWithoutTouchingItsNeighbours() {
        INDArray flat = Nd4j.zeros(DataType.DOUBLE, 10);
        INDArray middle = flat.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(3, 7)).reshape(2, 2);
        new UniformInit(1).fill(middle, 9);
        assertThat(flat.getDouble(2)).isZero();
        assertThat(flat.getDouble(7)).isZero();
        assertThat(flat.getDouble(3)).isNotZero();
    }

    @Test
    void columnValuesRepeatInEveryRowAndZerosAreZero() {
        INDArray bias = Nd4j.create(DataType.FLOAT, 2, 3);
        new ColumnValuesInit(new double[] {1, -2, 3}).fill(bias, 0);
        assertThat(bias.toDoubleMatrix()).isEqualTo(new double[][] {{1, -2, 3}, {1, -2, 3}});
        ZeroInit.INSTANCE.fill(bias, 0);
        assertThat(bias.sumNumber().doubleValue()).isZero();
    }

    @Test
    void rejectsNonPositiveScalesNamingTheField() {
        assertThatThrownBy(() -> new UniformInit(0)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("init range");
        assertThatThrownBy(() -> new NormalInit(-1)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("init std");
    }
}
