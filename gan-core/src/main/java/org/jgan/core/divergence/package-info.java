/**
 * Divergences between densities on the real line: the f-divergences of Goodfellow et al. 2014 and Nowozin et
 * al. 2016 by globally adaptive quadrature in log space ({@link org.jgan.core.divergence.Divergences}), and
 * sample-based estimates through a Gaussian kernel density estimate
 * ({@link org.jgan.core.divergence.KernelDensity}): D(p ‖ p̂) for a known p and samples of the other side,
 * or D(p̂ ‖ q̂) when only samples exist.
 */
package org.jgan.core.divergence;
