package org.jgan.core.loss;

import java.util.Optional;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An adversarial objective expressed on the discriminator's <em>raw scores</em> (logits or critic values,
 * never probabilities), together with the theory it claims.
 *
 * <p>Both methods return the loss to <em>minimise</em> and its analytic gradient with respect to the scores;
 * the trainer backpropagates that gradient through the networks. Implementations use stable forms
 * (softplus, log-sigmoid) so that no score, however large, produces a NaN.
 *
 * <p>A loss also declares what it claims: the optimal score ({@link #optimum()}, Goodfellow et al. 2014,
 * Proposition 1, or its f-GAN analogue) and the divergence its discriminator estimates
 * ({@link #divergence()}, Theorem 1 or Nowozin et al. 2016). The shared contract and theory tests run over
 * every registered loss, so a new loss learns at once whether its claims hold. A loss that has no
 * density-ratio optimum (the Wasserstein critic) returns empty and the checks skip it with its reason.
 */
public interface AdversarialLoss {
    /**
     * The discriminator's loss on a batch.
     *
     * @param realScores raw scores of data samples, {@code [m, 1]}
     * @param fakeScores raw scores of generated samples, {@code [n, 1]}
     */
    ScoreGradients discriminator(INDArray realScores, INDArray fakeScores);

    /**
     * The generator's loss on a batch of scores of its samples.
     *
     * @param fakeScores raw scores of generated samples, {@code [n, 1]}
     */
    ScoreGradient generator(INDArray fakeScores);

    /** The optimal discriminator score this loss claims, if it has a density-ratio optimum. */
    Optional<ScoreOptimum> optimum();

    /** The divergence this loss's discriminator estimates, if any. */
    Optional<DivergenceClaim> divergence();

    /**
     * Projects the discriminator's parameters back onto the set the loss's theory needs, after each of its
     * updates: the Wasserstein critic clips its weights to keep it Lipschitz (Arjovsky et al. 2017). Most
     * losses need nothing.
     */
    default void constrainDiscriminator(org.jgan.core.network.Network discriminator) {
    }

    /** Why {@link #optimum()} or {@link #divergence()} is empty; shown when a theory check skips the loss. */
    default String theoryCaveat() {
        return "";
    }
}
