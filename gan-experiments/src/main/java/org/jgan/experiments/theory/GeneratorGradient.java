package org.jgan.experiments.theory;

import org.jgan.core.loss.AdversarialLoss;
import org.jgan.core.network.Gradients;
import org.jgan.core.network.Network;
import org.jgan.core.network.Pass;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The gradient that reaches the generator from a loss, for fixed G, D and noise: L_G = mean φ_G(D(G(z))),
 * backpropagated through D to the samples and through G to its parameters. Nothing is updated.
 *
 * <p>Section 3 of Goodfellow et al. 2014: with logits s, the minimax generator's dL/ds = −σ(s)/n vanishes as D
 * rejects the samples (s → −∞), the non-saturating one's −(1 − σ(s))/n does not. Both pass through the same
 * ds/dx and ds/dθ_G, so per sample their ratio is (1 − D)/D.
 */
public final class GeneratorGradient {
    private GeneratorGradient() {
    }

    /**
     * @param generator     G
     * @param discriminator D
     * @param noise         z, {@code [n, noise dimension]}
     * @param losses        the generator objectives to compare
     * @return one measurement per loss, in order, all from the same forward passes
     */
    public static Measured[] of(Network generator, Network discriminator, INDArray noise, AdversarialLoss... losses) {
        INDArray samples = generator.forward(noise, Pass.INFERENCE);
        INDArray scores = discriminator.forward(samples, Pass.INFERENCE).dup();
        long n = scores.rows();
        Measured[] measured = new Measured[losses.length];
        for (int i = 0; i < losses.length; i++) {
            INDArray scoreGradient = losses[i].generator(scores).gradient();
            INDArray sampleGradient = discriminator.backward(scoreGradient, Gradients.INPUT);
            double perSample = Transforms.abs(sampleGradient, true).sumNumber().doubleValue();
            generator.backward(sampleGradient, Gradients.PARAMETERS);
            measured[i] = new Measured(generator.gradients().norm2Number().doubleValue(), perSample);
        }
        return measured;
    }

    /**
     * @param parameterNorm ‖∂L_G/∂θ_G‖₂
     * @param sampleMean    the mean over samples of |∂ℓ_i/∂x_i|, ℓ_i the sample's own term (n·mean |∂L_G/∂x_i|)
     */
    public record Measured(double parameterNorm, double sampleMean) {
    }
}
