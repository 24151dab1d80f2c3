/**
 * Numerical checks of the statements of Goodfellow et al. 2014 (arXiv 1406.2661), for the paper's loss and for
 * every registered one: the optimal discriminator of Proposition 1 and the criterion of Theorem 1
 * ({@code optimal-discriminator}), convergence of the Jensen–Shannon divergence under a near-optimal inner loop
 * (Proposition 2, {@code js-convergence}), and the saturating generator gradient of Section 3
 * ({@code saturation}). docs/theory.md maps each statement to the command that confirms it.
 */
package org.jgan.experiments.theory;
