package org.jgan.models.layer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ParameterSliceTest {
    private final INDArray parameters = Nd4j.arange(20).castTo(DataType.FLOAT);
    private final INDArray gradients = Nd4j.zeros(DataType.FLOAT, 20);
    private final ParameterSlice slice = new ParameterSlice(3, parameters, gradients, 5, 10);

    @Test
    void viewsReadTheFlatBufferInRowMajorOrder() {
        INDArray matrix = slice.parameters(2, 2, 3);
        assertThat(matrix.shape()).containsExactly(2, 3);
        // Flat elements 5 + 2 = 7 onwards, row by row.
        assertThat(matrix.toFloatMatrix()).isEqualTo(new float[][] {{7, 8, 9}, {10, 11, 12}});
    }

    @Test
    void writesThroughAViewAreSeenInTheFlatBufferAndBack() {
        INDArray matrix = slice.parameters(2, 2, 3);
        matrix.putScalar(1, 2, -1f);
        assertThat(parameters.getFloat(12)).isEqualTo(-1f);

        parameters.addi(100);
        assertThat(matrix.getFloat(0, 0)).isEqualTo(107f);

        INDArray gradientView = slice.gradients(2, 2, 3);
        gradientView.assign(4);
        assertThat(gradients.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(7, 13)).toFloatVector())
                .containsOnly(4f);
        assertThat(gradients.sumNumber().doubleValue()).isEqualTo(24.0);
    }

    @Test
    void knowsItsLayer() {
        assertThat(slice.layerIndex()).isEqualTo(3);
        assertThat(slice.length()).isEqualTo(10);
        assertThat(slice.dataType()).isEqualTo(DataType.FLOAT);
    }

    @Test
    void viewsMustStayInsideTheSlice() {
        assertThatThrownBy(() -> slice.parameters(5, 2, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside a slice of length 10");
        assertThatThrownBy(() -> new ParameterSlice(0, parameters, gradients, 15, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
