package org.jgan.models;

import static org.assertj.core.api.Assertions.assertThat;

import org.jgan.core.network.Gradients;
import org.jgan.core.network.Network;
import org.jgan.core.network.Pass;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Central-difference checks of a network's analytic gradients in double precision, for the scalar
 * L(θ, x) = Σ_ij forward(x)_ij · R_ij with a fixed random projection R (so every output entry matters).
 *
 * <p>Tolerance: the central difference (L(θ + h) − L(θ − h)) / 2h has truncation error h²·|L'''| / 6 and
 * rounding error about ε·|L| / h with ε = 2.2e-16. With h = 1e-6 and |L|, |L'''| of order 1 to 10 (small
 * networks, unit-scale inputs), both are below 1e-9, so {@link #TOLERANCE} = 1e-7 (absolute, plus the same
 * relative) leaves two orders of magnitude of margin yet catches any wrong term, whose error is of the order of
 * the gradient itself. Piecewise-linear layers are exact as long as no input lies within h of a kink, which the
 * callers' inputs guarantee.
 */
public final class GradientCheck {
    /** The finite-difference step. */
    public static final double STEP = 1e-6;
    /** Allowed |analytic − numeric| / (1 + |numeric|). */
    public static final double TOLERANCE = 1e-7;

    private GradientCheck() {
    }

    /** Checks dL/dθ (written into {@code network.gradients()}) and dL/dx against central differences. */
    public static void check(Network network, INDArray input, INDArray projection, Pass pass) {
        assertThat(network.dataType()).isEqualTo(DataType.DOUBLE);
        network.forward(input, pass);
        INDArray inputGradient = network.backward(projection, Gradients.BOTH).dup();
        INDArray parameterGradient = network.gradients().dup();

        INDArray parameters = network.parameters();
        for (long i = 0; i < parameters.length(); i++) {
            double numeric = centralDifference(network, parameters, i, input, projection, pass);
            assertClose("dL/dθ[" + i + "]", parameterGradient.getDouble(i), numeric);
        }
        INDArray x = input.dup();
        for (long r = 0; r < x.rows(); r++) {
            for (long c = 0; c < x.columns(); c++) {
                double original = x.getDouble(r, c);
                x.putScalar(r, c, original + STEP);
                double plus = loss(network, x, projection, pass);
                x.putScalar(r, c, original - STEP);
                double minus = loss(network, x, projection, pass);
                x.putScalar(r, c, original);
                assertClose("dL/dx[" + r + "," + c + "]", inputGradient.getDouble(r, c), (plus - minus) / (2 * STEP));
            }
        }
    }

    /** L at the current parameters. */
    public static double loss(Network network, INDArray input, INDArray projection, Pass pass) {
        return network.forward(input, pass).mul(projection).sumNumber().doubleValue();
    }

    private static double centralDifference(Network network, INDArray parameters, long i, INDArray input,
                                            INDArray projection, Pass pass) {
        double original = parameters.getDouble(i);
        parameters.putScalar(i, original + STEP);
        double plus = loss(network, input, projection, pass);
        parameters.putScalar(i, original - STEP);
        double minus = loss(network, input, projection, pass);
        parameters.putScalar(i, original);
        return (plus - minus) / (2 * STEP);
    }

    private static void assertClose(String what, double analytic, double numeric) {
        assertThat(Math.abs(analytic - numeric))
                .as("%s: analytic %s, numeric %s", what, analytic, numeric)
                .isLessThanOrEqualTo(TOLERANCE * (1 + Math.abs(numeric)));
    }

    /**
     * A {@code [rows, columns]} double input whose entries are distinct multiples of 0.1 plus 0.05, shuffled by
     * {@code seed}: no entry is within 0.05 of 0 (ReLU kinks) and no two are within 0.1 of each other (maxout
     * ties), both far beyond the step h = 1e-6.
     */
    public static INDArray spacedInput(int rows, int columns, long seed) {
        int n = rows * columns;
        double[] values = new double[n];
        for (int k = 0; k < n; k++) {
            values[k] = 0.1 * (k - n / 2) + 0.05;
        }
        java.util.Random random = new java.util.Random(seed);
        for (int k = n - 1; k > 0; k--) {
            int j = random.nextInt(k + 1);
            double swap = values[k];
            values[k] = values[j];
            values[j] = swap;
        }
        return Nd4j.createFromArray(values).reshape(rows, columns);
    }
}
