/**
 * Seeded, counter-based random streams: every random draw in a run is a pure function of the run's seed,
 * the stream (init, data, noise, dropout, eval) and the draw's index.
 */
package org.jgan.core.random;
