/**
 * Losses beyond the two reference papers: Wasserstein with weight clipping (Arjovsky et al. 2017), least
 * squares (Mao et al. 2017) and hinge (Lim and Ye 2017), with the 1-Wasserstein distance by quadrature.
 */
package org.jgan.losses.beyond;
