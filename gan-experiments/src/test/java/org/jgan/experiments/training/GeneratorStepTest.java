package org.jgan.experiments.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.util.Map;
import java.util.stream.Stream;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.core.network.Gradients;
import org.jgan.core.network.Network;
import org.jgan.core.network.Pass;
import org.jgan.core.optim.GradientTransforms;
import org.jgan.core.optim.Optimizer;
import org.jgan.core.optim.Schedule;
import org.jgan.core.train.NoisePrior;
import org.jgan.losses.LossesModule;
import org.jgan.models.ModelsModule;
import org.jgan.models.architecture.Architecture;
import org.jgan.models.architecture.GanNetworks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The sign check, end to end through the networks, for every registered loss: one small generator step,
 * backpropagated through a fixed D, lowers the generator's loss on the same noise (so raises D(G(z)) for the
 * classifier losses). A first-order step of size η lowers a smooth loss by about η‖∇‖² &gt; 0; η = 1e-3 keeps
 * the second-order term far smaller in double precision.
 */
class GeneratorStepTest {
    private static final double STEP = 1e-3;

    static Stream<Arguments> losses() {
        var injector = Guice.createInjector(new LossesModule());
        Map<String, AdversarialLoss> losses = injector.getInstance(Key.get(new TypeLiteral<>() { }));
        return losses.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("losses")
    void oneGeneratorStepLowersTheGeneratorLoss(String name, AdversarialLoss loss) {
        var injector = Guice.createInjector(new ModelsModule());
        Map<String, Architecture> models = injector.getInstance(Key.get(new TypeLiteral<>() { }));
        GanNetworks networks = models.get("mlp-1d").build(1, DataType.DOUBLE);
        Network g = networks.generator();
        Network d = networks.discriminator();
        g.initialise(1);
        d.initialise(2);
        NoisePrior prior = networks.prior();
        INDArray z = prior.sample(512, 3, DataType.DOUBLE);

        double before = generatorLoss(loss, g, d, z);
        INDArray sampleGradient = d.backward(loss.generator(d.forward(g.forward(z, Pass.INFERENCE),
                Pass.INFERENCE)).gradient(), Gradients.INPUT);
        g.backward(sampleGradient, Gradients.PARAMETERS);
        double gradientNormSquared = g.gradients().norm2Number().doubleValue();
        gradientNormSquared *= gradientNormSquared;
        Optimizer.chain("sgd", GradientTransforms.descend(Schedule.constant(STEP))).step(g, 0);
        double after = generatorLoss(loss, g, d, z);

        assertThat(gradientNormSquared).as("generator gradient").isPositive();
        assertThat(before - after).as(name + ": decrease vs first-order prediction η‖∇‖²")
                .isBetween(0.5 * STEP * gradientNormSquared, 1.5 * STEP * gradientNormSquared);
    }

    private static double generatorLoss(AdversarialLoss loss, Network g, Network d, INDArray z) {
        return loss.generator(d.forward(g.forward(z, Pass.INFERENCE), Pass.INFERENCE)).value();
    }
}
