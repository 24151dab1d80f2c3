/**
 * {@code ./gan reproduce}: the paper suite — theory checks, the 1-D figure, the 2-D mixtures, MNIST and
 * Fashion-MNIST — run as ordinary sub-runs of one directory, and one report.md that sets every number beside the
 * paper's (or the theory's) with a verdict per target.
 */
package org.jgan.experiments.reproduce;
