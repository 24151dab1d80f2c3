package org.jgan.losses.score;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.jgan.core.loss.ScoreOptimum;

/**
 * A {@link ScoreOptimum} given by a formula in (p, q), with the units its errors are reported in.
 *
 * <p>Classifiers report in probability (σ of the logit), so that two logits that both mean "certainly real"
 * are not counted as far apart; other losses report raw scores or the variational function T = g_f(v).
 */
public final class DeclaredOptimum implements ScoreOptimum {
    private final String formula;
    private final DoubleBinaryOperator score;
    private final String units;
    private final DoubleUnaryOperator toUnits;

    /**
     * @param formula the optimum written in terms of p and q, for {@code toString()}
     * @param score   s*(p, q)
     * @param units   the name of the reporting units
     * @param toUnits maps a raw score to those units
     */
    public DeclaredOptimum(String formula, DoubleBinaryOperator score, String units, DoubleUnaryOperator toUnits) {
        this.formula = formula;
        this.score = score;
        this.units = units;
        this.toUnits = toUnits;
    }

    /** An optimum reported in raw score units. */
    public static DeclaredOptimum inScores(String formula, DoubleBinaryOperator score) {
        return new DeclaredOptimum(formula, score, "score", s -> s);
    }

    /** An optimum whose raw score is a logit, reported as the probability σ(s) = D(x). */
    public static DeclaredOptimum inProbability(String formula, DoubleBinaryOperator score) {
        return new DeclaredOptimum(formula, score, "probability", StableMath::sigmoid);
    }

    @Override
    public double score(double pData, double pModel) {
        return score.applyAsDouble(pData, pModel);
    }

    @Override
    public double inReportingUnits(double s) {
        return toUnits.applyAsDouble(s);
    }

    @Override
    public String units() {
        return units;
    }

    @Override
    public String toString() {
        return "s* = " + formula + " (reported in " + units + ")";
    }
}
