/**
 * {@link org.jgan.models.network.Sequential}, the layer stack behind every network here, with one flat
 * parameter buffer and one flat gradient buffer, and the fluent {@link org.jgan.models.network.Mlp} builder.
 */
package org.jgan.models.network;
