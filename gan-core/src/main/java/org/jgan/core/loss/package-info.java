/**
 * The adversarial loss contract: losses act on raw scores, return value and score-gradient, and declare the
 * optimum and divergence they claim. Implementations live in {@code gan-losses}.
 */
package org.jgan.core.loss;
