/**
 * The training loop (Algorithm 1 of Goodfellow et al. 2014 and the authors' simultaneous update), its
 * state, data sources, the noise prior, listeners and checkpoints.
 */
package org.jgan.core.train;
