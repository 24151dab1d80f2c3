/**
 * The losses of Goodfellow et al. 2014, "Generative Adversarial Nets" (arXiv 1406.2661): the original minimax
 * loss of Eq. 1 and the non-saturating generator of Section 3, sharing one logistic discriminator.
 */
package org.jgan.losses.goodfellow;
