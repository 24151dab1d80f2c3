package org.jgan.core.loss;

/**
 * What a loss claims its discriminator converges to when G is held fixed: the optimal raw score at a point
 * where the data density is p and the model density is q.
 *
 * <p>For Goodfellow et al.'s minimax loss (Proposition 1) the score is a logit and the optimum is
 * {@code logit(p / (p + q)) = log p - log q}; for an f-GAN loss it is the pre-activation v with
 * {@code g_f(v) = f'(p/q)}. Errors are compared in {@link #units()}: probability for a classifier, so that a
 * logit of 30 against 40 (both D = 1) is no error.
 */
public interface ScoreOptimum {
    /**
     * The optimal raw score. May be infinite where one density is zero.
     *
     * @param pData  p_data(x) &gt;= 0
     * @param pModel p_g(x) &gt;= 0
     */
    double score(double pData, double pModel);

    /** Maps a raw score to the units errors are reported in; the identity unless overridden. */
    default double inReportingUnits(double score) {
        return score;
    }

    /** The name of those units, e.g. {@code "probability"} or {@code "score"}. */
    default String units() {
        return "score";
    }
}
