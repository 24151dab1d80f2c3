package org.jgan.core.divergence;

import org.jgan.core.distribution.UnivariateDistribution;

/**
 * A divergence between two distributions on the real line, computed from their densities.
 *
 * <p>The oracle side of the theory checks: a loss's {@link org.jgan.core.loss.DivergenceClaim} names one,
 * and its batch estimate is compared against {@link #between} by quadrature.
 */
public interface Divergence {
    /** A short name, e.g. {@code "JSD"} or {@code "KL"}. */
    String name();

    /** D(p ‖ q). */
    double between(UnivariateDistribution p, UnivariateDistribution q);
}
