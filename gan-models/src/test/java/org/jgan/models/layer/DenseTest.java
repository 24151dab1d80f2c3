package org.jgan.models.layer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jgan.core.network.Gradients;
import org.jgan.core.network.Pass;
import org.jgan.models.init.ZeroInit;
import org.jgan.models.network.Sequential;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Every product of {@link Dense} is right in either memory order of its input and output: a column-major
 * destination is written as its row-major transpose. The values are small integers, so every product and sum is
 * exact in double and the two orders must agree exactly.
 */
class DenseTest {
    private static final double[][] INPUT = {{1, -2, 3, 0, 1}, {2, 1, -1, 4, 0}};
    private static final double[][] OUTPUT_GRADIENT = {{1, 0, -1}, {2, -3, 1}};
    // W [5, 3] row by row, then b [1, 3].
    private static final double[] PARAMETERS = {1, 2, 0, -1, 3, 1, 2, 0, -2, 1, 1, 1, 0, -1, 3, 1, -2, 4};

    @ParameterizedTest(name = "output order {0}")
    @ValueSource(chars = {'c', 'f'})
    void aColumnMajorInputGivesTheSameProductsAndAColumnMajorInputGradient(char outputOrder) {
        Result rowMajor = Result.of(outputOrder, Nd4j.createFromArray(INPUT));
        Result columnMajor = Result.of(outputOrder, Nd4j.createFromArray(INPUT).dup('f'));

        assertThat(columnMajor.inputGradient.ordering()).isEqualTo('f');
        assertThat(columnMajor.output.toDoubleMatrix()).isEqualTo(rowMajor.output.toDoubleMatrix());
        assertThat(columnMajor.inputGradient.toDoubleMatrix()).isEqualTo(rowMajor.inputGradient.toDoubleMatrix());
        assertThat(columnMajor.parameterGradients.toDoubleVector())
                .isEqualTo(rowMajor.parameterGradients.toDoubleVector());
        // y = xW + b and dx = dY·Wᵀ by hand for the first row and column.
        assertThat(rowMajor.output.getDouble(0, 0)).isEqualTo(1 * 1 - 2 * -1 + 3 * 2 + 0 * 1 + 1 * 0 + 1);
        assertThat(rowMajor.inputGradient.getDouble(0, 0)).isEqualTo(1 * 1 + 0 * 2 - 1 * 0);
    }

    private record Result(INDArray output, INDArray inputGradient, INDArray parameterGradients) {
        static Result of(char outputOrder, INDArray input) {
            Sequential network = new Sequential(
                    List.of(new Dense(5, 3, ZeroInit.INSTANCE, ZeroInit.INSTANCE, outputOrder)), DataType.DOUBLE);
            network.parameters().assign(Nd4j.createFromArray(PARAMETERS).reshape(network.parameters().shape()));
            INDArray output = network.forward(input, Pass.INFERENCE).dup();
            INDArray inputGradient = network.backward(Nd4j.createFromArray(OUTPUT_GRADIENT), Gradients.BOTH);
            return new Result(output, inputGradient.dup(inputGradient.ordering()), network.gradients().dup());
        }
    }
}
