package org.jgan.losses.score;

import java.util.function.DoubleUnaryOperator;

/**
 * A per-sample term φ(s) of a loss and its derivative φ′(s), as functions of one raw score s.
 *
 * <p>Every loss in this module is <em>separable</em>: its value is a batch mean of such terms, so the
 * gradient with respect to score i is φ′(s_i)/n ({@link BatchMean}). The formula string is shown by
 * {@link #toString()}.
 */
public final class ScoreTerm {
    /** φ(s) = s: a critic's fake-sample term (Wasserstein). */
    public static final ScoreTerm SCORE = new ScoreTerm("s", s -> s, s -> 1);
    /** φ(s) = −s: a critic's real-sample term, and the generator's term of the Wasserstein and hinge losses. */
    public static final ScoreTerm NEGATIVE_SCORE = SCORE.negated();

    private final String formula;
    private final DoubleUnaryOperator value;
    private final DoubleUnaryOperator derivative;

    private ScoreTerm(String formula, DoubleUnaryOperator value, DoubleUnaryOperator derivative) {
        this.formula = formula;
        this.value = value;
        this.derivative = derivative;
    }

    /**
     * @param formula    φ written in terms of {@code s}, for {@code toString()}
     * @param value      φ(s)
     * @param derivative φ′(s)
     */
    public static ScoreTerm of(String formula, DoubleUnaryOperator value, DoubleUnaryOperator derivative) {
        return new ScoreTerm(formula, value, derivative);
    }

    /** φ(s). */
    public double value(double s) {
        return value.applyAsDouble(s);
    }

    /** φ′(s). */
    public double derivative(double s) {
        return derivative.applyAsDouble(s);
    }

    /** −φ: a generator that minimises what the discriminator's term rewards. */
    public ScoreTerm negated() {
        return new ScoreTerm("-(" + formula + ")", s -> -value(s), s -> -derivative(s));
    }

    @Override
    public String toString() {
        return formula;
    }
}
