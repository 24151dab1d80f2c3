package org.jgan.models.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.jgan.core.network.Gradients;
import org.jgan.core.network.Pass;
import org.jgan.core.random.NativeRandom;
import org.jgan.models.GradientCheck;
import org.jgan.models.init.GlorotUniformInit;
import org.jgan.models.init.NormalInit;
import org.jgan.models.layer.ActivationLayer;
import org.jgan.models.layer.Activations;
import org.jgan.models.layer.Dense;
import org.jgan.models.layer.Dropout;
import org.jgan.models.layer.Layer;
import org.jgan.models.layer.ParameterSlice;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class SequentialTest {
    /** Every layer type in one stack, including a column-major dense feeding maxout. */
    private static Sequential everything(DataType type) {
        return Mlp.builder(6)
                .dropout(0.8)
                .maxout(4, 3, new NormalInit(0.5))
                .dropout(0.5)
                .dense(5, new NormalInit(0.5), new NormalInit(0.5)).tanh()
                .dense(5, new NormalInit(0.5)).leakyRelu(0.1)
                .dense(4, new NormalInit(0.5)).relu()
                .dense(3, new NormalInit(0.5)).sigmoid()
                .dense(1, new NormalInit(0.5)).identity()
                .build(type);
    }

    @Test
    void composedGradientsMatchCentralDifferences() {
        // Inputs and weights are continuous random values: with a fixed seed, no pre-activation lies within the
        // step 1e-6 of a ReLU kink or a maxout tie (that happens with probability of order 1e-5 per unit).
        Sequential network = everything(DataType.DOUBLE);
        network.initialise(42);
        INDArray x = NativeRandom.normal(1, DataType.DOUBLE, 0, 1, 4, 6);
        INDArray r = NativeRandom.normal(2, DataType.DOUBLE, 0, 1, 4, 1);
        GradientCheck.check(network, x, r, Pass.training(3));
    }

    @Test
    void theSimultaneousUpdatesTwoBackwardPassesMatchFreshOnes() {
        Sequential network = everything(DataType.DOUBLE);
        network.initialise(8);
        INDArray x = NativeRandom.normal(1, DataType.DOUBLE, 0, 1, 6, 6);
        INDArray discriminatorLoss = NativeRandom.normal(2, DataType.DOUBLE, 0, 1, 6, 1);
        INDArray generatorLoss = NativeRandom.normal(3, DataType.DOUBLE, 0, 1, 6, 1);
        Pass pass = Pass.training(4);
        network.forward(x, pass);
        network.backward(discriminatorLoss, Gradients.BOTH);
        INDArray expectedParameters = network.gradients().dup();
        network.forward(x, pass);
        INDArray expectedInput = network.backward(generatorLoss, Gradients.BOTH).dup();

        network.forward(x, pass);
        assertThat(network.backward(discriminatorLoss, Gradients.PARAMETERS)).isNull();
        assertThat(network.gradients()).isEqualTo(expectedParameters);
        assertThat(network.backward(generatorLoss, Gradients.INPUT)).isEqualTo(expectedInput);
        assertThat(network.gradients()).isEqualTo(expectedParameters);
    }

    @Test
    void withoutAnInputGradientBackpropagationStopsAtTheFirstLayerWithParameters() {
        List<Gradients> seenByInputDropout = new ArrayList<>();
        Sequential network = Mlp.builder(4)
                .layer(in -> new RecordingLayer(new Dropout(in, 0.5), seenByInputDropout))
                .dense(3, new GlorotUniformInit()).relu().dense(1, new GlorotUniformInit())
                .build(DataType.FLOAT);
        network.forward(Nd4j.ones(DataType.FLOAT, 2, 4), Pass.training(1));
        network.backward(Nd4j.ones(DataType.FLOAT, 2, 1), Gradients.PARAMETERS);
        assertThat(seenByInputDropout).isEmpty();
        assertThat(network.backward(Nd4j.ones(DataType.FLOAT, 2, 1), Gradients.INPUT))
                .isNotNull();
        assertThat(seenByInputDropout).containsExactly(Gradients.INPUT);
    }

    /** Records what each backward call was asked for. */
    private record RecordingLayer(Layer inner, List<Gradients> calls)
            implements Layer {
        @Override
        public int inputSize() {
            return inner.inputSize();
        }

        @Override
        public int outputSize() {
            return inner.outputSize();
        }

        @Override
        public void bind(ParameterSlice slice) {
            inner.bind(slice);
        }

        @Override
        public INDArray forward(INDArray input, Pass pass) {
            return inner.forward(input, pass);
        }

        @Override
        public INDArray backward(INDArray outputGradient, Gradients wanted) {
            calls.add(wanted);
            return inner.backward(outputGradient, wanted);
        }
    }

    @Test
    void layerViewsAliasTheFlatParameterVector() {
        Sequential network = Mlp.builder(3).dense(2, new GlorotUniformInit()).relu().dense(4, new GlorotUniformInit())
                .build(DataType.FLOAT);
        Dense first = (Dense) network.layers().get(0);
        Dense second = (Dense) network.layers().get(2);
        assertThat(network.parameters().length()).isEqualTo(3 * 2 + 2 + 2 * 4 + 4);

        network.parameters().assign(Nd4j.arange(20));
        // Layout: W1 row by row, b1, then W2 and b2.
        assertThat(first.weights().toFloatMatrix()).isEqualTo(new float[][] {{0, 1}, {2, 3}, {4, 5}});
        assertThat(first.bias().toFloatVector()).containsExactly(6, 7);
        assertThat(second.weights().getFloat(0, 0)).isEqualTo(8);
        assertThat(second.bias().toFloatVector()).containsExactly(16, 17, 18, 19);

        second.bias().putScalar(0, 3, -1f);
        assertThat(network.parameters().getFloat(19)).isEqualTo(-1f);
    }

    @Test
    void backwardWritesEachLayersGradientIntoItsPartOfTheFlatGradientVector() {
        Sequential network = Mlp.builder(3).dense(2, new GlorotUniformInit()).build(DataType.DOUBLE);
        network.initialise(1);
        INDArray x = NativeRandom.normal(2, DataType.DOUBLE, 0, 1, 5, 3);
        INDArray dy = NativeRandom.normal(3, DataType.DOUBLE, 0, 1, 5, 2);
        network.forward(x, Pass.INFERENCE);
        network.backward(dy, Gradients.PARAMETERS);
        INDArray weightGradient = network.gradients().get(NDArrayIndex.interval(0, 6)).reshape(3, 2);
        INDArray biasGradient = network.gradients().get(NDArrayIndex.interval(6, 8));
        assertThat(weightGradient.equalsWithEps(x.transpose().mmul(dy), 1e-12)).isTrue();
        assertThat(biasGradient.equalsWithEps(dy.sum(0), 1e-12)).isTrue();
    }

    @Test
    void theSameSeedGivesIdenticalParametersAndEachLayerItsOwnDraw() {
        Sequential a = everything(DataType.FLOAT);
        Sequential b = everything(DataType.FLOAT);
        a.initialise(2014);
        b.initialise(2014);
        assertThat(a.parameters()).isEqualTo(b.parameters());
        b.initialise(2015);
        assertThat(a.parameters()).isNotEqualTo(b.parameters());

        Sequential twins = Mlp.builder(4).dense(4, new GlorotUniformInit()).dense(4, new GlorotUniformInit())
                .build(DataType.FLOAT);
        twins.initialise(1);
        Dense first = (Dense) twins.layers().get(0);
        Dense second = (Dense) twins.layers().get(1);
        assertThat(first.weights()).isNotEqualTo(second.weights());
    }

    @Test
    void alternatingBatchSizesGiveTheSameResultsAsFreshNetworks() {
        Sequential network = everything(DataType.DOUBLE);
        network.initialise(5);
        INDArray small = NativeRandom.normal(1, DataType.DOUBLE, 0, 1, 3, 6);
        INDArray large = NativeRandom.normal(2, DataType.DOUBLE, 0, 1, 8, 6);
        Pass pass = Pass.training(9);
        INDArray smallOut = network.forward(small, pass).dup();
        INDArray largeOut = network.forward(large, pass).dup();
        assertThat(network.forward(small, pass)).isEqualTo(smallOut);
        assertThat(network.forward(large, pass)).isEqualTo(largeOut);
    }

    @Test
    void inferenceIsDeterministicAndTrainingPassesDependOnTheirSeed() {
        Sequential network = everything(DataType.DOUBLE);
        network.initialise(5);
        INDArray x = NativeRandom.normal(1, DataType.DOUBLE, 0, 1, 16, 6);
        INDArray inference = network.forward(x, Pass.INFERENCE).dup();
        assertThat(network.forward(x, Pass.INFERENCE)).isEqualTo(inference);
        INDArray training = network.forward(x, Pass.training(1)).dup();
        assertThat(network.forward(x, Pass.training(1))).isEqualTo(training);
        assertThat(network.forward(x, Pass.training(2))).isNotEqualTo(training);
    }

    @Test
    void rejectsMismatchedLayersAndInputs() {
        assertThatThrownBy(() -> new Sequential(List.of(new Dense(3, 2, new GlorotUniformInit()),
                new ActivationLayer(5, Activations.relu())), DataType.FLOAT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("layer 1");
        Sequential network = Mlp.builder(3).dense(2, new GlorotUniformInit()).build(DataType.FLOAT);
        assertThatThrownBy(() -> network.forward(Nd4j.zeros(DataType.FLOAT, 4, 2),
                Pass.INFERENCE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[batch, 3]");
        assertThatThrownBy(() -> network.forward(Nd4j.zeros(DataType.DOUBLE, 4, 3),
                Pass.INFERENCE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FLOAT");
    }

    @Test
    void describesItsLayers() {
        assertThat(everything(DataType.FLOAT).toString())
                .contains("FLOAT", "dropout(keep 0.8)", "maxout(4×3)", "tanh(5)", "sigmoid(3)");
        assertThat(everything(DataType.FLOAT).outputSize()).isEqualTo(1);
        assertThat(everything(DataType.FLOAT).inputSize()).isEqualTo(6);
    }
}
