/**
 * The MNIST experiment of Goodfellow et al. 2014 (Table 1, Figures 2 and 3) with the authors' model, training and
 * Parzen window protocol, on MNIST or Fashion-MNIST; the {@code ./gan eval parzen} and {@code ./gan data fetch}
 * commands that go with it.
 */
package org.jgan.experiments.mnist;
