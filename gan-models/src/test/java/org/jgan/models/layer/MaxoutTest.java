package org.jgan.models.layer;

import static org.assertj.core.api.Assertions.assertThat;

import org.jgan.core.network.Gradients;
import org.jgan.core.network.Pass;
import org.jgan.core.random.NativeRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class MaxoutTest {
    // Two units, three pieces; columns [p·2, p·2 + 2) hold piece p. Row 0: unit 0 pieces (1, 5, 5) tie between
    // pieces 1 and 2; unit 1 pieces (7, 7, 7) tie everywhere. Row 1: no ties.
    private static final double[][] INPUT = {
        {1, 7, 5, 7, 5, 7},
        {-3, 2, -1, 4, -2, 9},
    };

    @Test
    void outputsTheLargestPieceOfEachUnit() {
        INDArray y = new Maxout(2, 3).forward(Nd4j.createFromArray(INPUT), Pass.INFERENCE);
        assertThat(y.toDoubleMatrix()).isEqualTo(new double[][] {{5, 7}, {-1, 9}});
    }

    @Test
    void aTiedMaximumSendsTheWholeGradientToTheFirstWinningPiece() {
        Maxout maxout = new Maxout(2, 3);
        maxout.forward(Nd4j.createFromArray(INPUT), Pass.INFERENCE);
        INDArray dx = maxout.backward(Nd4j.createFromArray(new double[][] {{10, 20}, {30, 40}}), Gradients.INPUT);
        assertThat(dx.toDoubleMatrix()).isEqualTo(new double[][] {
            {0, 20, 10, 0, 0, 0},
            {0, 0, 30, 0, 0, 40},
        });
    }

    @Test
    void columnMajorAndRowMajorInputsGiveTheSameResults() {
        INDArray rowMajor = NativeRandom.uniform(3, DataType.DOUBLE, 0, 1, 5, 12);
        INDArray columnMajor = rowMajor.dup('f');
        INDArray dy = NativeRandom.uniform(4, DataType.DOUBLE, 0, 1, 5, 3);
        Maxout a = new Maxout(3, 4);
        Maxout b = new Maxout(3, 4);
        assertThat(a.forward(rowMajor, Pass.INFERENCE)).isEqualTo(b.forward(columnMajor, Pass.INFERENCE));
        assertThat(a.backward(dy, Gradients.INPUT)).isEqualTo(b.backward(dy, Gradients.INPUT));
    }
}
