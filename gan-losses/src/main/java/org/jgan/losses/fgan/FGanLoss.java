package org.jgan.losses.fgan;

import java.util.Objects;
import java.util.Optional;
import org.jgan.core.loss.AdversarialLoss;
import org.jgan.core.loss.DivergenceClaim;
import org.jgan.core.loss.ScoreGradient;
import org.jgan.core.loss.ScoreGradients;
import org.jgan.core.loss.ScoreOptimum;
import org.jgan.losses.score.AffineDivergenceClaim;
import org.jgan.losses.score.BatchMean;
import org.jgan.losses.score.ScoreTerm;
import org.jgan.losses.score.SeparableObjective;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The f-GAN loss (Nowozin, Cseke, Tomioka 2016, arXiv 1606.00709) for any {@link FGanDivergence}:
 *
 * <pre>
 *   L_D = −(mean g_f(v_real) − mean f*(g_f(v_fake)))
 *   L_G = −mean f*(g_f(v_fake))     ({@link GeneratorObjective#SADDLE})
 *       or −mean g_f(v_fake)        ({@link GeneratorObjective#PRACTICAL}, the paper's recommendation)
 * </pre>
 *
 * <p>Claims. Optimum: v* = g_f⁻¹(f′(p/q)) ({@link FGanDivergence#optimum()}). Divergence: the variational
 * bound E_P[T] − E_Q[f*(T)] (Eq. 4), estimated by −L_D = mean g_f(v_real) − mean f*(g_f(v_fake)), a lower bound
 * of D_f(P ‖ Q) that is tight at v*; the target is D_f by quadrature ({@link FGanDivergence#target()}).
 */
public final class FGanLoss implements AdversarialLoss {
    private final FGanDivergence divergence;
    private final GeneratorObjective objective;
    private final SeparableObjective critic;
    private final ScoreTerm generator;
    private final ScoreOptimum optimum;
    private final DivergenceClaim claim;

    /**
     * @param divergence the f-divergence row
     * @param objective  the generator's form
     */
    public FGanLoss(FGanDivergence divergence, GeneratorObjective objective) {
        this.divergence = Objects.requireNonNull(divergence, "divergence");
        this.objective = Objects.requireNonNull(objective, "objective");
        this.critic = new SeparableObjective(
                ScoreTerm.of("-g_f(s)", v -> -divergence.activation(v), v -> -divergence.activationDerivative(v)),
                ScoreTerm.of("f*(g_f(s))", divergence::conjugateOfActivation,
                        divergence::conjugateOfActivationDerivative));
        this.generator = objective.generatorTerm(critic);
        this.optimum = divergence.optimum();
        this.claim = new AffineDivergenceClaim(divergence.target(), 0, -1, critic);
    }

    /** The f-divergence row this loss is built from. */
    public FGanDivergence fDivergence() {
        return divergence;
    }

    @Override
    public ScoreGradients discriminator(INDArray realScores, INDArray fakeScores) {
        return critic.evaluate(realScores, fakeScores);
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
        return "f-GAN(" + divergence.name() + ", generator=" + objective + ")";
    }
}
