/**
 * The machinery the losses share: stable scalar functions, per-sample score terms, their batch means with
 * gradients, separable discriminator objectives, declared optima and affine divergence claims.
 */
package org.jgan.losses.score;
