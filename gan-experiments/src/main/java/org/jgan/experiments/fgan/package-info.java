/**
 * The f-GAN experiments (Nowozin, Cseke, Tomioka 2016, arXiv 1606.00709): {@code divergence-estimate}, variational
 * estimation of a divergence between two fixed distributions by training only the critic (Section 2), and
 * {@code fgan-gaussian-fit}, fitting N(μ, σ²) to a 1-D mixture by each divergence and comparing with the direct
 * minimiser of D_f by quadrature (Section 2.5).
 */
package org.jgan.experiments.fgan;
