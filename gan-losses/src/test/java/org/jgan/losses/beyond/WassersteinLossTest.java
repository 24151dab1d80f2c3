package org.jgan.losses.beyond;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jgan.losses.Scores.column;
import static org.jgan.losses.Scores.values;

import org.jgan.core.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class WassersteinLossTest {
    @Test
    void criticAndGeneratorLossesAreDifferencesOfMeans() {
        WassersteinLoss loss = new WassersteinLoss();
        var critic = loss.discriminator(column(1, 2, 6), column(-1, 3));
        assertThat(critic.value()).isEqualTo(1 - 3.0);
        assertThat(values(critic.realGradient())).containsExactly(-1 / 3.0, -1 / 3.0, -1 / 3.0);
        assertThat(values(critic.fakeGradient())).containsExactly(0.5, 0.5);
        assertThat(loss.generator(column(-1, 3)).value()).isEqualTo(-1.0);
    }

    /** Arjovsky et al., Algorithm 1: every parameter, biases included, clipped to [−c, c] in the buffer itself. */
    @Test
    void clipsEveryParameterInPlace() {
        for (DataType type : new DataType[] {DataType.DOUBLE, DataType.FLOAT}) {
            INDArray parameters = vector(type, -0.5, 0.005, 0.02, -0.01, 3, 0);
            INDArray layerView = parameters.get(NDArrayIndex.interval(2, 5));
            new WassersteinLoss(0.01).constrainDiscriminator(new ParametersOnly(parameters));
            assertThat(parameters.toDoubleVector()).as(type.toString())
                    .containsExactly(vector(type, -0.01, 0.005, 0.01, -0.01, 0.01, 0).toDoubleVector());
            assertThat(layerView.toDoubleVector()).as("a layer's view sees the clipped values")
                    .containsExactly(vector(type, 0.01, -0.01, 0.01).toDoubleVector());
        }
    }

    private static INDArray vector(DataType type, double... values) {
        return Nd4j.create(values, new long[] {values.length}, type);
    }

    @Test
    void declaresNoTheoryAndSaysWhy() {
        WassersteinLoss loss = new WassersteinLoss();
        assertThat(loss.optimum()).isEmpty();
        assertThat(loss.divergence()).isEmpty();
        assertThat(loss.theoryCaveat()).contains("Lipschitz").contains("Kantorovich");
    }

    @Test
    void rejectsANonPositiveClip() {
        assertThatThrownBy(() -> new WassersteinLoss(0)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("wasserstein.clip");
        assertThatThrownBy(() -> new WassersteinLoss(Double.NaN)).isInstanceOf(ConfigException.class);
        assertThat(new WassersteinLoss(0.05)).hasToString("wasserstein(clip=0.05)");
    }
}
