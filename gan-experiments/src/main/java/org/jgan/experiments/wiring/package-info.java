/** Guice wiring: the registry of losses, models, optimizers and experiments by name. */
package org.jgan.experiments.wiring;
