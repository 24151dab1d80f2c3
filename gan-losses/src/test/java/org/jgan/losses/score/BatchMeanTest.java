package org.jgan.losses.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jgan.losses.Scores.column;

import org.jgan.core.loss.ScoreGradient;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class BatchMeanTest {
    private static final ScoreTerm SQUARE = ScoreTerm.of("s^2", s -> s * s, s -> 2 * s);

    @Test
    void meanAndGradientOfASquare() {
        ScoreGradient result = BatchMean.valueAndGradient("scores", SQUARE, column(1, -2, 3, 0));
        assertThat(result.value()).isEqualTo(14 / 4.0);
        assertThat(result.gradient().toDoubleVector()).containsExactly(0.5, -1, 1.5, 0);
        assertThat(result.gradient().shape()).containsExactly(4, 1);
    }

    /** The trainer hands in row ranges of one stacked [real; fake] array: views must read as their own rows. */
    @Test
    void readsRowViewsOfAStackedArray() {
        INDArray stacked = column(5, 6, 1, -2);
        INDArray fake = stacked.get(NDArrayIndex.interval(2, 4), NDArrayIndex.all());
        ScoreGradient result = BatchMean.valueAndGradient("fakeScores", SQUARE, fake);
        assertThat(result.value()).isEqualTo(2.5);
        assertThat(result.gradient().toDoubleVector()).containsExactly(1, -2);
        assertThat(BatchMean.value("fakeScores", SQUARE, fake)).isEqualTo(2.5);
    }

    /** The gradient is computed in double and rounded once to float. */
    @Test
    void floatScoresGiveAFloatGradientRoundedOnce() {
        ScoreGradient result = BatchMean.valueAndGradient("scores", SQUARE, column(DataType.FLOAT, 0.1, 0.2, 0.3));
        assertThat(result.gradient().dataType()).isEqualTo(DataType.FLOAT);
        double[] floats = {(float) 0.1, (float) 0.2, (float) 0.3};
        for (int i = 0; i < 3; i++) {
            assertThat(result.gradient().getFloat(i)).isEqualTo((float) (2 * floats[i] / 3));
        }
    }

    @Test
    void rejectsWhatIsNotAColumnOfFloatingPointScores() {
        assertThatThrownBy(() -> BatchMean.value("realScores", SQUARE, Nd4j.zeros(DataType.DOUBLE, 2, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("realScores")
                .hasMessageContaining("[2, 3]");
        assertThatThrownBy(() -> BatchMean.value("fakeScores", SQUARE, Nd4j.zeros(DataType.INT32, 2, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fakeScores")
                .hasMessageContaining("INT");
        assertThatThrownBy(() -> BatchMean.value("fakeScores", SQUARE, Nd4j.create(DataType.DOUBLE, 0, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-empty");
        assertThatThrownBy(() -> BatchMean.value("fakeScores", SQUARE, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fakeScores");
    }
}
