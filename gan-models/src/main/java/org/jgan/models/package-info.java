/**
 * Networks for adversarial training: layers with analytic backward passes ({@link org.jgan.models.layer}),
 * initialisers ({@link org.jgan.models.init}), a sequential network over one flat parameter buffer
 * ({@link org.jgan.models.network}), and the paper's architectures by name
 * ({@link org.jgan.models.architecture}), registered with Guice by {@link org.jgan.models.ModelsModule}.
 */
package org.jgan.models;
