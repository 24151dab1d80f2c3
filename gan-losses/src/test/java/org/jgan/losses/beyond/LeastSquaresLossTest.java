package org.jgan.losses.beyond;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.jgan.losses.Scores.column;

import org.jgan.core.config.ConfigException;
import org.jgan.core.distribution.Normal;
import org.junit.jupiter.api.Test;

class LeastSquaresLossTest {
    /** Mao et al., Eq. 2, written out for a = −1, b = 1, c = 0. */
    @Test
    void lossesAreHalfMeanSquaredDistancesToTheCodes() {
        LeastSquaresLoss loss = new LeastSquaresLoss(-1, 1, 0);
        double[] real = {0, 3};
        double[] fake = {1, -2};
        double critic = 0.5 * (1 + 4) / 2 + 0.5 * (4 + 1) / 2;
        assertThat(loss.discriminator(column(real), column(fake)).value()).isEqualTo(critic);
        assertThat(loss.generator(column(fake)).value()).isEqualTo(0.5 * (1 + 4) / 2);
    }

    @Test
    void optimumIsTheDensityWeightedCode() {
        var optimum = new LeastSquaresLoss().optimum().orElseThrow();
        assertThat(optimum.score(3, 1)).isEqualTo(0.75);
        assertThat(new LeastSquaresLoss(-1, 1, 0).optimum().orElseThrow().score(3, 1)).isEqualTo(0.5);
    }

    /**
     * At P = Q the optimal D says (a + b)/2 everywhere, L_D = (b − a)²/4, and the triangular discrimination
     * estimate is 0, for any coding.
     */
    @Test
    void estimateIsZeroWhenTheOptimalDiscriminatorCannotTellTheSamplesApart() {
        for (double[] codes : new double[][] {{0, 1, 1}, {-1, 1, 0}, {3, -2, 7}}) {
            LeastSquaresLoss loss = new LeastSquaresLoss(codes[0], codes[1], codes[2]);
            double middle = (codes[0] + codes[1]) / 2;
            assertThat(loss.divergence().orElseThrow().estimate(column(middle, middle), column(middle)))
                    .as(loss.toString()).isCloseTo(0, within(1e-14));
        }
    }

    /**
     * Δ(N(0,1), N(1,1)) against an independent trapezoid rule on [−12, 13] with step 1e-3: for a smooth integrand
     * decaying like e^{−x²/2} the rule is exact to far below 1e-10, and the cut tails hold less than 1e-30.
     */
    @Test
    void triangularDiscriminationMatchesAnIndependentQuadrature() {
        Normal p = new Normal(0, 1);
        Normal q = new Normal(1, 1);
        double step = 1e-3;
        double sum = 0;
        for (int i = 0; i <= 25_000; i++) {
            double x = -12 + i * step;
            double d = p.density(x) - q.density(x);
            sum += (i == 0 || i == 25_000 ? 0.5 : 1) * d * d / (p.density(x) + q.density(x));
        }
        assertThat(LeastSquaresLoss.TRIANGULAR_DISCRIMINATION.between(p, q)).isCloseTo(sum * step, within(1e-10));
        assertThat(LeastSquaresLoss.TRIANGULAR_DISCRIMINATION.between(p, p)).isCloseTo(0, within(1e-12));
    }

    @Test
    void rejectsEqualOrNonFiniteCodes() {
        assertThatThrownBy(() -> new LeastSquaresLoss(1, 1, 0)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("least-squares.b");
        assertThatThrownBy(() -> new LeastSquaresLoss(0, 1, Double.POSITIVE_INFINITY))
                .isInstanceOf(ConfigException.class).hasMessageContaining("least-squares.c");
        assertThat(new LeastSquaresLoss(-1, 1, 0)).hasToString("least-squares(a=-1.0, b=1.0, c=0.0)");
    }
}
