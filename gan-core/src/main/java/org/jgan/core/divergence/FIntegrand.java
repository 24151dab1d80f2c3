package org.jgan.core.divergence;

/**
 * The integrand q·f(p/q) of an f-divergence, from the log-densities at a point.
 *
 * <p>Working from log p and log q avoids the underflow of p/q in the tails: the ratio is exp(log p − log q),
 * formed only where it is needed, and a density that is exactly 0 (log = −∞) contributes its limit.
 */
@FunctionalInterface
public interface FIntegrand {
    /** q·f(p/q) where log p = {@code logP} and log q = {@code logQ}; either may be −∞. */
    double at(double logP, double logQ);
}
