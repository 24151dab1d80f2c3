package org.jgan.models.layer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jgan.core.network.Gradients;
import org.jgan.core.network.Pass;
import org.jgan.core.random.NativeRandom;
import org.jgan.models.GradientCheck;
import org.jgan.models.LegacyBroadcasts;
import org.jgan.models.init.NormalInit;
import org.jgan.models.network.Sequential;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The contract every {@link Layer} must meet, run against each layer type: analytic gradients agree with
 * central differences (parameters and input), backward leaves the forward pass intact so it can run twice,
 * parameter gradients are overwritten rather than accumulated, arguments are never modified, and no pass issues
 * one of ND4J's legacy broadcast ops ({@link LegacyBroadcasts}).
 * A new layer type is one line in {@link #layers()}.
 */
class LayerContractTest {
    private static final int BATCH = 3;
    private static final Pass TRAINING = Pass.training(20140610L);

    static Stream<Arguments> layers() {
        return Stream.of(
                layer("dense", TRAINING, () -> new Dense(6, 4, new NormalInit(0.5), new NormalInit(0.5), 'c')),
                layer("dense, column-major output", TRAINING,
                        () -> new Dense(6, 4, new NormalInit(0.5), new NormalInit(0.5), 'f')),
                layer("relu", TRAINING, () -> new ActivationLayer(5, Activations.relu())),
                layer("leaky relu", TRAINING, () -> new ActivationLayer(5, Activations.leakyRelu(0.2))),
                layer("tanh", TRAINING, () -> new ActivationLayer(5, Activations.tanh())),
                layer("sigmoid", TRAINING, () -> new ActivationLayer(5, Activations.sigmoid())),
                layer("identity", TRAINING, () -> new ActivationLayer(5, Activations.identity())),
                layer("maxout", TRAINING, () -> new Maxout(3, 4)),
                layer("dropout, training", TRAINING, () -> new Dropout(8, 0.5)),
                layer("dropout, inference", Pass.INFERENCE, () -> new Dropout(8, 0.5)));
    }

    private static Arguments layer(String name, Pass pass, Supplier<Layer> factory) {
        return Arguments.of(name, pass, factory);
    }

    private static Sequential network(Supplier<Layer> factory) {
        Sequential network = new Sequential(List.of(factory.get()), DataType.DOUBLE);
        network.initialise(7);
        return network;
    }

    private static INDArray input(Sequential network) {
        return GradientCheck.spacedInput(BATCH, network.inputSize(), 11);
    }

    private static INDArray projection(Sequential network, long seed) {
        return NativeRandom.normal(seed, DataType.DOUBLE, 0, 1, BATCH, network.outputSize());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void gradientsMatchCentralDifferences(String name, Pass pass, Supplier<Layer> factory) {
        Sequential network = network(factory);
        GradientCheck.check(network, input(network), projection(network, 1), pass);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void issuesNoLegacyBroadcastOp(String name, Pass pass, Supplier<Layer> factory) {
        Sequential network = network(factory);
        INDArray x = input(network);
        INDArray outputGradient = projection(network, 1);

        long broadcasts = LegacyBroadcasts.during(() -> {
            network.forward(x, pass);
            network.backward(outputGradient, Gradients.BOTH);
        });

        assertThat(broadcasts).isZero();
    }

    @Test
    void theBroadcastProbeSeesABroadcast() {
        INDArray rows = Nd4j.ones(DataType.DOUBLE, 3, 4);
        INDArray row = Nd4j.ones(DataType.DOUBLE, 1, 4);

        assertThat(LegacyBroadcasts.during(() -> rows.addiRowVector(row))).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void backwardTwiceAfterOneForwardMatchesFreshPasses(String name, Pass pass, Supplier<Layer> factory) {
        Sequential network = network(factory);
        INDArray x = input(network);
        INDArray first = projection(network, 1);
        INDArray second = projection(network, 2);

        network.forward(x, pass);
        INDArray expectedInputGradient = network.backward(second, Gradients.BOTH).dup();
        network.forward(x, pass);
        network.backward(first, Gradients.BOTH);
        INDArray expectedParameterGradient = network.gradients().dup();

        // The simultaneous update: one forward, D's parameter gradients, then the input gradient only.
        INDArray output = network.forward(x, pass);
        INDArray outputBefore = output.dup();
        assertThat(network.backward(first, Gradients.PARAMETERS)).isNull();
        assertThat(network.gradients()).isEqualTo(expectedParameterGradient);
        INDArray inputGradient = network.backward(second, Gradients.INPUT);

        assertThat(inputGradient).isEqualTo(expectedInputGradient);
        assertThat(network.gradients()).as("an INPUT pass leaves parameter gradients alone")
                .isEqualTo(expectedParameterGradient);
        assertThat(output).as("backward leaves the forward output intact").isEqualTo(outputBefore);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void parameterGradientsAreOverwrittenNotAccumulated(String name, Pass pass, Supplier<Layer> factory) {
        Sequential network = network(factory);
        INDArray x = input(network);
        INDArray dy = projection(network, 3);
        network.forward(x, pass);
        network.backward(dy, Gradients.PARAMETERS);
        INDArray once = network.gradients().dup();
        network.backward(dy, Gradients.PARAMETERS);
        assertThat(network.gradients()).isEqualTo(once);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void argumentsAreNotModified(String name, Pass pass, Supplier<Layer> factory) {
        Sequential network = network(factory);
        INDArray x = input(network);
        INDArray dy = projection(network, 4);
        INDArray xBefore = x.dup();
        INDArray dyBefore = dy.dup();
        network.forward(x, pass);
        network.backward(dy, Gradients.BOTH);
        assertThat(x).isEqualTo(xBefore);
        assertThat(dy).isEqualTo(dyBefore);
    }
}
