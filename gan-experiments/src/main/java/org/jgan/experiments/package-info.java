/** Experiments that reproduce Goodfellow et al. 2014 and check its theory; the run context they share. */
package org.jgan.experiments;
