package org.jgan.experiments.theory;

import org.jgan.core.loss.ScoreOptimum;
import org.jgan.core.network.Network;
import org.jgan.core.network.Pass;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A discriminator evaluated at given points, in one forward pass, in a loss's reporting units. */
public final class DiscriminatorCurve {
    private DiscriminatorCurve() {
    }

    /**
     * D at every point, mapped by {@link ScoreOptimum#inReportingUnits} (σ of the logit for a classifier).
     *
     * @param discriminator D, in inference mode
     * @param optimum       the loss's declared optimum, whose units are used
     * @param xs            the points
     */
    public static double[] reported(Network discriminator, ScoreOptimum optimum, double[] xs) {
        INDArray input = Nd4j.create(xs, new long[] {xs.length, 1}, discriminator.dataType());
        double[] scores = discriminator.forward(input, Pass.INFERENCE).toDoubleVector();
        for (int i = 0; i < scores.length; i++) {
            scores[i] = optimum.inReportingUnits(scores[i]);
        }
        return scores;
    }
}
