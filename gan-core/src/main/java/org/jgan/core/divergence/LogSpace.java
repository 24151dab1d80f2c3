package org.jgan.core.divergence;

/** Small log-space helpers shared by the divergence integrands. */
final class LogSpace {
    private LogSpace() {
    }

    /**
     * exp(logWeight)·value, taken as 0 where the weight is 0 whatever the value: a density that vanishes (or
     * underflows) contributes nothing, even where its factor is infinite or undefined, as in 0·log 0.
     */
    static double weighted(double logWeight, double value) {
        double weight = Math.exp(logWeight);
        return weight == 0 ? 0 : weight * value;
    }

    /** softplus(x) = log(1 + e^x) without overflow or loss of precision. */
    static double softplus(double x) {
        return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }
}
