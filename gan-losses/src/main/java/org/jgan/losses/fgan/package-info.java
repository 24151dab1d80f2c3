/**
 * The f-GAN family of Nowozin, Cseke, Tomioka 2016 (arXiv 1606.00709): one generic loss, {@link
 * org.jgan.losses.fgan.FGanLoss}, over the rows of the table ({@link org.jgan.losses.fgan.FGanDivergences}), each
 * row a generator f with its conjugate, output activation and their stable composition.
 */
package org.jgan.losses.fgan;
