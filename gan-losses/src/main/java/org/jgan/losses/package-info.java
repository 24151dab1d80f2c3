/**
 * Adversarial losses on raw discriminator scores, each with the optimum and divergence it claims, and the
 * Guice module that registers them by name ({@link org.jgan.losses.LossesModule}).
 */
package org.jgan.losses;
