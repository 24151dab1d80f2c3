/** Distributions that can be sampled and evaluated: p_data of the synthetic experiments and fixed p_g. */
package org.jgan.core.distribution;
