package org.jgan.losses.beyond;

import java.util.Optional;
import org.jgan.core.config.ConfigException;
import org.jgan.core.divergence.FDivergence;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.core.loss.DivergenceClaim;
import org.jgan.core.loss.ScoreGradient;
import org.jgan.core.loss.ScoreGradients;
import org.jgan.core.loss.ScoreOptimum;
import org.jgan.losses.score.AffineDivergenceClaim;
import org.jgan.losses.score.BatchMean;
import org.jgan.losses.score.DeclaredOptimum;
import org.jgan.losses.score.ScoreTerm;
import org.jgan.losses.score.SeparableObjective;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The least-squares GAN loss (Mao et al. 2017, "Least Squares Generative Adversarial Networks",
 * arXiv 1611.04076, Eq. 2), on raw scores s with target codes a (fake), b (real) and c (what G wants D to say):
 *
 * <pre>
 *   L_D = ½ mean (s_real − b)² + ½ mean (s_fake − a)²
 *   L_G = ½ mean (s_fake − c)²
 * </pre>
 *
 * <p>Claims. Optimum (Mao et al., Eq. 4): minimising p(s − b)² + q(s − a)² pointwise gives
 * s* = (b·p + a·q)/(p + q), in score units. Divergence: at s* the pointwise objective is
 * ½(b − a)²·pq/(p + q), and ∫ pq/(p + q) = ½ − Δ/4 with the triangular discrimination (Vincze–Le Cam
 * divergence) Δ(P, Q) = ∫ (p − q)²/(p + q), the f-divergence of f(u) = (u − 1)²/(u + 1), 0 &lt;= Δ &lt;= 2. So
 * min L_D = (b − a)²(¼ − Δ/8) and a batch estimates Δ ≈ 2 − 8 L_D/(b − a)², a lower bound tight at s*; this
 * holds for any a ≠ b and does not involve c. (Mao et al.'s own theorem is about the generator: with
 * b − c = 1 and b − a = 2 its objective at the optimal D is a Pearson χ²(p_data + p_g ‖ 2p_g); the defaults
 * a = 0, b = 1, c = 1 do not satisfy that, which is why the claim here is the discriminator's.)
 */
public final class LeastSquaresLoss implements AdversarialLoss {
    /** The registry name. */
    public static final String NAME = "least-squares";
    /** The code for generated samples, a = 0. */
    public static final double DEFAULT_FAKE_CODE = 0;
    /** The code for data samples, b = 1. */
    public static final double DEFAULT_REAL_CODE = 1;
    /** The code the generator wants its samples given, c = 1. */
    public static final double DEFAULT_GENERATOR_CODE = 1;

    /** Δ(P, Q) = ∫ (p − q)²/(p + q): f(u) = (u − 1)²/(u + 1), f(u)/u → 1. */
    public static final FDivergence TRIANGULAR_DISCRIMINATION =
            new FDivergence("triangular discrimination", u -> (u - 1) * (u - 1) / (u + 1), 1);

    private final double a;
    private final double b;
    private final double c;
    private final SeparableObjective discriminator;
    private final ScoreTerm generator;
    private final ScoreOptimum optimum;
    private final DivergenceClaim claim;

    /** The defaults a = 0, b = 1, c = 1 (Mao et al., Eq. 8's 0-1 coding). */
    public LeastSquaresLoss() {
        this(DEFAULT_FAKE_CODE, DEFAULT_REAL_CODE, DEFAULT_GENERATOR_CODE);
    }

    /**
     * @param a the code for generated samples, finite
     * @param b the code for data samples, finite and different from a
     * @param c the code the generator wants its samples given, finite
     */
    public LeastSquaresLoss(double a, double b, double c) {
        this.a = finite("a", a);
        this.b = finite("b", b);
        this.c = finite("c", c);
        if (a == b) {
            throw new ConfigException(NAME + ".b", "a code different from a = " + a, b);
        }
        this.discriminator = new SeparableObjective(square("½(s - b)²", b), square("½(s - a)²", a));
        this.generator = square("½(s - c)²", c);
        this.optimum = DeclaredOptimum.inScores("(b p + a q)/(p + q)", (p, q) -> (b * p + a * q) / (p + q));
        double span = (b - a) * (b - a);
        this.claim = new AffineDivergenceClaim(TRIANGULAR_DISCRIMINATION, 2, -8 / span, discriminator);
    }

    private static ScoreTerm square(String formula, double code) {
        return ScoreTerm.of(formula, s -> 0.5 * (s - code) * (s - code), s -> s - code);
    }

    private static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new ConfigException(NAME + "." + field, "a finite number", value);
        }
        return value;
    }

    @Override
    public ScoreGradients discriminator(INDArray realScores, INDArray fakeScores) {
        return discriminator.evaluate(realScores, fakeScores);
    }

    @Override
    public ScoreGradient generator(INDArray fakeScores) {
        return BatchMean.valueAndGradient("fakeScores", generator, fakeScores);
    }

    @Override
    public Optional<ScoreOptimum> optimum() {
        return Optional.of(optimum);
    }

    @Override
    public Optional<DivergenceClaim> divergence() {
        return Optional.of(claim);
    }

    @Override
    public String toString() {
        return NAME + "(a=" + a + ", b=" + b + ", c=" + c + ")";
    }
}
