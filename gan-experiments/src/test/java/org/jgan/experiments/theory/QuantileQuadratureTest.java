package org.jgan.experiments.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.jgan.core.distribution.Normal;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.core.network.Network;
import org.jgan.core.network.Pass;
import org.jgan.experiments.wiring.Wiring;
import org.jgan.models.init.ZeroInit;
import org.jgan.models.network.Mlp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The quantile-midpoint quadrature against the paper-facts values: for P = N(0, 1) and Q = N(1, 1) the
 * minimax optimum is the affine logit s*(x) = 1/2 − x, which a one-unit linear network represents exactly, so
 * V(D*, G) must be C(G) = −log 4 + 2·JSD = −1.1634513968 and the claim's estimate JSD = 0.1114214822.
 */
@Tag("theory")
class QuantileQuadratureTest {
    /** The rule's error is 0.14/n for this integrand (see QuantileQuadrature): 2.1e-6 at 2^16 nodes; 5× that. */
    private static final double TOLERANCE = 1e-5;
    private static final double JSD = 0.1114214822;

    @Test
    void theCriterionAtTheExactOptimumIsTheoremOnesValue() {
        AdversarialLoss minimax = Wiring.registry(java.util.List.of()).loss("loss", "minimax");
        Network optimal = Mlp.builder(1).dense(1, ZeroInit.INSTANCE).build(DataType.DOUBLE);
        optimal.parameters().assign(Nd4j.create(new double[] {-1, 0.5}));
        assertThat(optimal.forward(Nd4j.create(new double[] {0, 1}, new long[] {2, 1}), Pass.INFERENCE)
                .toDoubleVector()).containsExactly(0.5, -0.5);

        QuantileQuadrature.Values values = new QuantileQuadrature(new DensityPair(new Normal(0, 1),
                new Normal(1, 1)), QuantileQuadrature.DEFAULT_NODES, DataType.DOUBLE).at(optimal, minimax);

        assertThat(values.criterion()).isCloseTo(-Math.log(4) + 2 * JSD, within(TOLERANCE));
        assertThat(values.estimate()).isCloseTo(JSD, within(TOLERANCE / 2));
    }

    @Test
    void nodesAreTheMidpointQuantiles() {
        assertThat(QuantileQuadrature.nodes(new Normal(0, 1), 2))
                .containsExactly(new Normal(0, 1).quantile(0.25), new Normal(0, 1).quantile(0.75));
    }
}
