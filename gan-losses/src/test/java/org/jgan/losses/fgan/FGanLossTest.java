package org.jgan.losses.fgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.jgan.losses.Scores.column;
import static org.jgan.losses.Scores.values;

import org.jgan.core.loss.AdversarialLoss;
import org.jgan.core.loss.ScoreGradients;
import org.jgan.losses.goodfellow.MinimaxLoss;
import org.jgan.losses.goodfellow.NonSaturatingLoss;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

class FGanLossTest {
    private static final INDArray REAL = column(-5.0, 1.4, 12.5, 2.7);
    private static final INDArray FAKE = column(10.0, 4.4, -5.5, 3.6);

    /**
     * With v the logit of D, the GAN row is Goodfellow's V(D, G) (Nowozin et al. 2016, Section 2.4): the same
     * critic loss, the saddle generator is the minimax one and the practical generator the non-saturating one.
     * The same closed forms are evaluated, so the agreement is to the last bit but for a sign flip.
     */
    @Test
    void theGanRowIsGoodfellowsLoss() {
        AdversarialLoss saddle = new FGanLoss(FGanDivergences.GAN, GeneratorObjective.SADDLE);
        AdversarialLoss practical = new FGanLoss(FGanDivergences.GAN, GeneratorObjective.PRACTICAL);
        AdversarialLoss minimax = new MinimaxLoss();
        ScoreGradients critic = saddle.discriminator(REAL, FAKE);
        ScoreGradients goodfellow = minimax.discriminator(REAL, FAKE);
        assertThat(critic.value()).isEqualTo(goodfellow.value());
        assertThat(values(critic.realGradient())).containsExactly(values(goodfellow.realGradient()));
        assertThat(values(critic.fakeGradient())).containsExactly(values(goodfellow.fakeGradient()));
        assertThat(saddle.generator(FAKE).value()).isEqualTo(minimax.generator(FAKE).value());
        assertThat(values(saddle.generator(FAKE).gradient())).containsExactly(values(minimax.generator(FAKE).gradient()));
        AdversarialLoss nonSaturating = new NonSaturatingLoss();
        assertThat(practical.generator(FAKE).value()).isEqualTo(nonSaturating.generator(FAKE).value());
        assertThat(values(practical.generator(FAKE).gradient()))
                .containsExactly(values(nonSaturating.generator(FAKE).gradient()));
    }

    /** The GAN row's bound is 2·JSD − log 4 and the minimax claim's is JSD: the same L_D, two scalings. */
    @Test
    void theGanRowsEstimateIsTheMinimaxEstimateRescaled() {
        double bound = new FGanLoss(FGanDivergences.GAN, GeneratorObjective.PRACTICAL).divergence().orElseThrow()
                .estimate(REAL, FAKE);
        double jsd = new MinimaxLoss().divergence().orElseThrow().estimate(REAL, FAKE);
        assertThat(bound).isCloseTo(2 * jsd - Math.log(4), within(1e-14));
    }

    /** The estimate is the variational bound mean g_f(v_real) − mean f*(g_f(v_fake)) = −L_D, written out for KL. */
    @Test
    void theEstimateIsTheVariationalBound() {
        FGanLoss kl = new FGanLoss(FGanDivergences.KL, GeneratorObjective.PRACTICAL);
        double[] real = {0.5, -1, 2};
        double[] fake = {0, 1.5};
        double bound = (0.5 - 1 + 2) / 3.0 - (Math.exp(0 - 1) + Math.exp(1.5 - 1)) / 2;
        assertThat(kl.divergence().orElseThrow().estimate(column(real), column(fake))).isCloseTo(bound, within(1e-15));
        assertThat(kl.discriminator(column(real), column(fake)).value()).isCloseTo(-bound, within(1e-15));
        assertThat(kl.divergence().orElseThrow().target().name()).isEqualTo("KL");
    }

    /** Saddle: −mean f*(g_f(v)); practical: −mean g_f(v). Written out for Pearson χ² (g_f(v) = v, f*(t) = t²/4 + t). */
    @Test
    void generatorObjectivesAreTheSaddleAndThePracticalForms() {
        double[] fake = {-1, 2};
        double saddle = new FGanLoss(FGanDivergences.PEARSON, GeneratorObjective.SADDLE).generator(column(fake)).value();
        double practical =
                new FGanLoss(FGanDivergences.PEARSON, GeneratorObjective.PRACTICAL).generator(column(fake)).value();
        assertThat(saddle).isEqualTo(-((0.25 - 1) + (1 + 2)) / 2);
        assertThat(practical).isEqualTo(-(-1 + 2) / 2.0);
    }

    @Test
    void toStringShowsTheRowAndTheGeneratorObjective() {
        assertThat(new FGanLoss(FGanDivergences.JENSEN_SHANNON, GeneratorObjective.SADDLE))
                .hasToString("f-GAN(js, generator=SADDLE)");
    }
}
