package org.jgan.experiments.fgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jgan.core.distribution.Normal;
import org.jgan.core.network.Network;
import org.jgan.core.network.Pass;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class AffineGeneratorTest {
    @Test
    void theGeneratorIsMeanPlusStdTimesNoise() {
        Network g = AffineGenerator.build(1.5, 2, DataType.DOUBLE);
        g.initialise(123);
        double[] z = {-1, 0, 0.5, 3};
        double[] x = g.forward(Nd4j.create(z, new long[] {4, 1}, DataType.DOUBLE), Pass.INFERENCE).toDoubleVector();
        assertThat(x).containsExactly(-0.5, 1.5, 2.5, 7.5);
        assertThat(AffineGenerator.fitted(g)).isEqualTo(new Normal(1.5, 2));
    }

    /** z and −z have the same law, so a negative weight w generates N(μ, w²): σ = |w|. */
    @Test
    void aNegativeWeightIsTheSameGaussian() {
        Network g = AffineGenerator.build(-0.5, 1, DataType.DOUBLE);
        g.initialise(0);
        g.parameters().putScalar(0, -0.75);
        assertThat(AffineGenerator.fitted(g)).isEqualTo(new Normal(-0.5, 0.75));
    }

    @Test
    void aZeroWeightIsADegenerateGeneratorNamedAsSuch() {
        Network g = AffineGenerator.build(0, 1, DataType.DOUBLE);
        g.initialise(0);
        g.parameters().putScalar(0, 0.0);
        assertThatThrownBy(() -> AffineGenerator.fitted(g)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("degenerated");
    }
}
