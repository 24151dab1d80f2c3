/**
 * The 2-D mode-collapse benchmark of VEEGAN (Srivastava et al. 2017) and PacGAN (Lin et al. 2018): a GAN learns
 * the ring of 8 or the grid of 25 Gaussians over several seeds in one run, scored by modes captured and the share
 * of high-quality samples against PacGAN's plain-GAN baselines.
 */
package org.jgan.experiments.mixture;
