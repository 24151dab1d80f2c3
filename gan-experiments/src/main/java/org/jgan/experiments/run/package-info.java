/** The run directory contract, metrics log, provenance, thread settings and the progress display. */
package org.jgan.experiments.run;
