/**
 * Distributions that can be sampled and evaluated: p_data of the synthetic experiments, fixed p_g of the
 * theory checks.
 *
 * <p>1-D: {@link org.jgan.core.distribution.Normal}, {@link org.jgan.core.distribution.Uniform},
 * {@link org.jgan.core.distribution.Laplace}, {@link org.jgan.core.distribution.Mixture}; 2-D mode-collapse benchmarks:
 * {@link org.jgan.core.distribution.Ring}, {@link org.jgan.core.distribution.Grid}. All parametric ones
 * are written and read as text by {@link org.jgan.core.distribution.DistributionSpec}.
 */
package org.jgan.core.distribution;
