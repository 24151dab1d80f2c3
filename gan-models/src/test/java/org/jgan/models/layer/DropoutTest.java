package org.jgan.models.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.jgan.core.config.ConfigException;
import org.jgan.core.network.Gradients;
import org.jgan.core.network.Pass;
import org.jgan.core.random.NativeRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class DropoutTest {
    private static final int ROWS = 200;
    private static final int COLUMNS = 500;
    private final INDArray ones = Nd4j.ones(DataType.DOUBLE, ROWS, COLUMNS);

    private static Dropout bound(double keep, int index) {
        Dropout dropout = new Dropout(COLUMNS, keep);
        INDArray none = Nd4j.create(DataType.DOUBLE, 0);
        dropout.bind(new ParameterSlice(index, none, none, 0, 0));
        return dropout;
    }

    @Test
    void keepsAFractionKeepOfUnitsScaledByOneOverKeep() {
        double keep = 0.8;
        INDArray y = bound(keep, 0).forward(ones, Pass.training(1));
        double n = ROWS * COLUMNS;
        double kept = y.gt(0).castTo(DataType.DOUBLE).sumNumber().doubleValue();
        // Binomial(n, q): standard deviation √(n q (1 − q)) = 80 here; 5 of them is a 1-in-a-million miss.
        assertThat(kept).isCloseTo(n * keep, within(5 * Math.sqrt(n * keep * (1 - keep))));
        assertThat(y.maxNumber().doubleValue()).isEqualTo(1 / keep);
        // Inverted dropout keeps the mean: E[y] = x.
        assertThat(y.meanNumber().doubleValue()).isCloseTo(1.0, within(
                5 * Math.sqrt((1 - keep) / keep / n)));
    }

    @Test
    void theMaskIsAFunctionOfTheSeedAndTheLayerIndex() {
        INDArray first = bound(0.5, 0).forward(ones, Pass.training(1)).dup();
        assertThat(bound(0.5, 0).forward(ones, Pass.training(1))).isEqualTo(first);
        assertThat(bound(0.5, 1).forward(ones, Pass.training(1))).isNotEqualTo(first);
        assertThat(bound(0.5, 0).forward(ones, Pass.training(2))).isNotEqualTo(first);
    }

    @Test
    void backwardUsesTheForwardMask() {
        Dropout dropout = bound(0.5, 0);
        INDArray y = dropout.forward(ones, Pass.training(3)).dup();
        assertThat(dropout.backward(ones, Gradients.INPUT)).isEqualTo(y);
    }

    @Test
    void inferenceIsTheIdentity() {
        INDArray x = NativeRandom.uniform(5, DataType.DOUBLE, 0, 1, ROWS, COLUMNS);
        Dropout dropout = bound(0.5, 0);
        assertThat(dropout.forward(x, Pass.INFERENCE)).isEqualTo(x);
        assertThat(dropout.backward(x, Gradients.INPUT)).isEqualTo(x);
    }

    @Test
    void rejectsKeepProbabilitiesOutsideZeroToOne() {
        assertThatThrownBy(() -> new Dropout(3, 0.0)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("dropout keep probability");
        assertThatThrownBy(() -> new Dropout(3, 1.5)).isInstanceOf(ConfigException.class);
    }
}
