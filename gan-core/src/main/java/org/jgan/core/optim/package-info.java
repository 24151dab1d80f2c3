/**
 * Optimizers composed from small stages (scale, descend, trace, Adam, RMSProp) over flat parameter
 * buffers, and stateless hyperparameter schedules.
 */
package org.jgan.core.optim;
