package org.jgan.models.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.jgan.core.config.ConfigException;
import org.jgan.core.network.Network;
import org.jgan.core.network.Pass;
import org.jgan.core.random.NativeRandom;
import org.jgan.core.train.NoisePrior;
import org.jgan.models.layer.Dense;
import org.jgan.models.layer.Dropout;
import org.jgan.models.layer.Layer;
import org.jgan.models.layer.Maxout;
import org.jgan.models.network.Sequential;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ArchitecturesTest {
    private static INDArray run(Network network, int batch) {
        INDArray x = NativeRandom.uniform(2, network.dataType(), 0, 1, batch, network.inputSize());
        return network.forward(x, Pass.training(1));
    }

    private static void assertShapes(GanNetworks networks, int dataDimension) {
        assertThat(networks.generator().inputSize()).isEqualTo(networks.prior().dimension());
        assertThat(networks.generator().outputSize()).isEqualTo(dataDimension);
        assertThat(networks.discriminator().inputSize()).isEqualTo(dataDimension);
        assertThat(networks.discriminator().outputSize()).isEqualTo(1);
        assertThat(run(networks.generator(), 7).shape()).containsExactly(7, dataDimension);
        assertThat(run(networks.discriminator(), 7).shape()).containsExactly(7, 1);
    }

    @Test
    void theToysMapNoiseToTheirPlaneAndDataToOneScore() {
        assertShapes(new ToyMlp1d().build(1, DataType.FLOAT).initialise(1), 1);
        assertShapes(new ToyMlp2d().build(2, DataType.DOUBLE).initialise(1), 2);
        assertThat(new ToyMlp2d().build(2, DataType.DOUBLE).generator().dataType()).isEqualTo(DataType.DOUBLE);
    }

    @Test
    void theMnistModelHasThePapersShapesAndPrior() {
        GanNetworks networks = GoodfellowMnist.paper().build(784, DataType.FLOAT).initialise(1);
        assertShapes(networks, 784);
        assertThat(networks.prior().kind()).isEqualTo("uniform");
        assertThat(networks.prior().dimension()).isEqualTo(100);
        assertThat(networks.prior().a()).isEqualTo(-Math.sqrt(3));
        assertThat(networks.prior().b()).isEqualTo(Math.sqrt(3));
        // G: 100·1200 + 1200 + 1200·1200 + 1200 + 1200·784 + 784; D: 784·1200 + 1200 + 240·1200 + 1200 + 240 + 1.
        assertThat(networks.generator().parameters().length()).isEqualTo(2_503_984);
        assertThat(networks.discriminator().parameters().length()).isEqualTo(1_231_441);
    }

    @Test
    void theMnistDiscriminatorDropsOutAndUsesMaxoutAsInThePaper() {
        Sequential d = (Sequential) GoodfellowMnist.paper().build(784, DataType.FLOAT).discriminator();
        var layers = d.layers();
        assertThat(((Dropout) layers.get(0)).keep()).isEqualTo(0.8);
        assertThat(((Maxout) layers.get(2)).pieces()).isEqualTo(5);
        assertThat(layers.get(2).outputSize()).isEqualTo(240);
        assertThat(((Dropout) layers.get(3)).keep()).isEqualTo(0.5);
        assertThat(((Dropout) layers.get(6)).keep()).isEqualTo(0.5);
        Layer last = layers.get(layers.size() - 1);
        assertThat(last).as("D ends in a raw score, no sigmoid").isInstanceOf(Dense.class);
    }

    @Test
    void theMnistWeightsAreUniformWithThePapersRangesAndBiasesZero() {
        GanNetworks networks = GoodfellowMnist.paper().build(784, DataType.FLOAT).initialise(3);
        Dense g = (Dense) ((Sequential) networks.generator()).layers().get(2);
        Dense d = (Dense) ((Sequential) networks.discriminator()).layers().get(1);
        // 1.44 million and 0.94 million draws: the largest is within 1e-4 of the bound with certainty.
        assertThat(g.weights().amaxNumber().doubleValue()).isLessThanOrEqualTo(0.05).isCloseTo(0.05, within(1e-4));
        assertThat(d.weights().amaxNumber().doubleValue()).isLessThanOrEqualTo(0.005)
                .isCloseTo(0.005, within(1e-5));
        assertThat(g.bias().amaxNumber().doubleValue()).isZero();
        assertThat(d.bias().amaxNumber().doubleValue()).isZero();
    }

    @Test
    void theGeneratorOutputBiasIsTheLogitOfTheClippedMeanPixel() {
        double[] means = new double[784];
        means[0] = 0.0;
        means[1] = 0.5;
        means[2] = 0.25;
        means[3] = 1.0;
        INDArray mean = Nd4j.createFromArray(means);
        GanNetworks networks = GoodfellowMnist.paper().withDataMean(mean).build(784, DataType.DOUBLE).initialise(1);
        Sequential g = (Sequential) networks.generator();
        Dense output = (Dense) g.layers().get(g.layers().size() - 2);
        double logitOfClip = Math.log(1e-7 / (1 - 1e-7));
        assertThat(output.bias().getDouble(0, 0)).isCloseTo(logitOfClip, within(1e-9));
        assertThat(output.bias().getDouble(0, 1)).isEqualTo(0.0);
        assertThat(output.bias().getDouble(0, 2)).isCloseTo(-Math.log(3), within(1e-12));
        assertThat(output.bias().getDouble(0, 3)).isCloseTo(-logitOfClip, within(1e-9));
        // Re-initialising keeps the data-dependent bias: it is part of the initialisation, not a later patch.
        networks.initialise(2);
        assertThat(output.bias().getDouble(0, 2)).isCloseTo(-Math.log(3), within(1e-12));
    }

    @Test
    void theReluVariantKeepsGAndSwapsMaxoutForRelu() {
        GanNetworks networks = GoodfellowMnist.reluDiscriminator().build(784, DataType.FLOAT).initialise(1);
        assertShapes(networks, 784);
        assertThat(networks.discriminator().parameters().length()).isEqualTo(784 * 240 + 240 + 240 * 240 + 240 + 241);
        assertThat(networks.generator().parameters().length()).isEqualTo(2_503_984);
    }

    @Test
    void eachArchitectureRejectsDataOfTheWrongDimensionNamingTheModelField() {
        for (Architecture architecture : new Architecture[] {new ToyMlp1d(), new ToyMlp2d(), GoodfellowMnist.paper(),
            GoodfellowMnist.reluDiscriminator()}) {
            assertThatThrownBy(() -> architecture.build(3, DataType.FLOAT))
                    .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.field()).isEqualTo("model"))
                    .hasMessageContaining("dimension");
        }
        assertThatThrownBy(() -> GoodfellowMnist.paper().withDataMean(Nd4j.zeros(10)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("784");
    }

    @Test
    void withPriorFeedsTheSameNetworksFromAnotherPriorOfTheSameDimensionOnly() {
        GanNetworks networks = GoodfellowMnist.paper().build(784, DataType.FLOAT);
        GanNetworks normal = networks.withPrior(NoisePrior.unitVariance(NoisePrior.NORMAL, 100));
        assertThat(normal.prior()).isEqualTo(NoisePrior.normal(100, 0, 1));
        assertThat(normal.generator()).isSameAs(networks.generator());
        assertThat(normal.discriminator()).isSameAs(networks.discriminator());
        assertThatThrownBy(() -> networks.withPrior(NoisePrior.normal(2, 0, 1)))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.field()).isEqualTo("noise"))
                .hasMessageContaining("dimension 100");
    }

    @Test
    void theSameSeedBuildsTheSameNetworks() {
        GanNetworks a = GoodfellowMnist.paper().build(784, DataType.FLOAT).initialise(9);
        GanNetworks b = GoodfellowMnist.paper().build(784, DataType.FLOAT).initialise(9);
        assertThat(a.generator().parameters()).isEqualTo(b.generator().parameters());
        assertThat(a.discriminator().parameters()).isEqualTo(b.discriminator().parameters());
    }
}
