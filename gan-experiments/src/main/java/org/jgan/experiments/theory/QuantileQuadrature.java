package org.jgan.experiments.theory;

import org.jgan.core.config.Check;
import org.jgan.core.distribution.UnivariateDistribution;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.core.network.Network;
import org.jgan.core.network.Pass;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A discriminator's objective over two whole, known distributions instead of batches, by quadrature in
 * probability space: E_p[h(X)] = ∫₀¹ h(F⁻¹(u)) du ≈ (1/n) Σᵢ h(F⁻¹((i + ½)/n)), the midpoint rule on the
 * quantile function.
 *
 * <p>Why this form: a loss's value is a batch mean of per-sample terms (the {@code AdversarialLoss} contract),
 * so the loss evaluated on the batch of n quantile nodes of p_data and n of p_g <em>is</em> the quadrature of
 * the population objective ∫ p φ_real(s) + ∫ q φ_fake(s), with no access to the loss's terms and one forward
 * pass of D. Accuracy: the rule's error falls like 1/n; for the minimax D* of N(0,1) against N(1,1), whose terms
 * grow like |x| in the tails, it is 0.14/n (2·10⁻⁶ at the default {@value #DEFAULT_NODES} nodes, measured against
 * adaptive quadrature), far below the 0.01 to which the trained D's criterion is compared with Theorem 1.
 */
public final class QuantileQuadrature {
    /** Nodes per distribution. */
    public static final int DEFAULT_NODES = 1 << 16;

    private final int nodes;
    private final INDArray stacked;

    /**
     * @param pair  the two distributions
     * @param nodes quadrature nodes per distribution, at least 2
     * @param type  the discriminator's data type
     */
    public QuantileQuadrature(DensityPair pair, int nodes, DataType type) {
        this.nodes = Check.atLeast("quadrature-nodes", nodes, 2);
        double[] both = new double[2 * nodes];
        System.arraycopy(nodes(pair.data(), nodes), 0, both, 0, nodes);
        System.arraycopy(nodes(pair.model(), nodes), 0, both, nodes, nodes);
        this.stacked = Nd4j.create(both, new long[] {2L * nodes, 1}, type);
    }

    /** The n midpoint nodes F⁻¹((i + ½)/n), i = 0..n−1, of a distribution. */
    public static double[] nodes(UnivariateDistribution distribution, int n) {
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = distribution.quantile((i + 0.5) / n);
        }
        return xs;
    }

    /** The population objective and divergence estimate of {@code discriminator} under {@code loss}. */
    public Values at(Network discriminator, AdversarialLoss loss) {
        INDArray scores = discriminator.forward(stacked, Pass.INFERENCE);
        INDArray real = scores.get(NDArrayIndex.interval(0, nodes), NDArrayIndex.all());
        INDArray fake = scores.get(NDArrayIndex.interval(nodes, 2L * nodes), NDArrayIndex.all());
        double criterion = -loss.discriminator(real, fake).value();
        double estimate = loss.divergence().map(c -> c.estimate(real, fake)).orElse(Double.NaN);
        return new Values(criterion, estimate);
    }

    /**
     * What a discriminator achieves on the whole distributions.
     *
     * @param criterion V(D, G) = −L_D, the objective D maximises (for the minimax loss
     *                  E_p log D + E_q log(1 − D))
     * @param estimate  the loss's divergence estimate (NaN if it claims none)
     */
    public record Values(double criterion, double estimate) {
    }

    @Override
    public String toString() {
        return "QuantileQuadrature(" + nodes + " midpoint nodes per distribution)";
    }
}
