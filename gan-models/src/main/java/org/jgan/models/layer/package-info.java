/**
 * Layers with hand-written backward passes: {@link org.jgan.models.layer.Dense}, activations,
 * {@link org.jgan.models.layer.Maxout} and inverted {@link org.jgan.models.layer.Dropout}.
 *
 * <p>A layer owns no parameter memory: it is bound to a {@link org.jgan.models.layer.ParameterSlice}, views
 * into its network's flat parameter and gradient buffers. Work arrays are allocated once per batch size and
 * reused ({@link org.jgan.models.layer.BatchBuffer}), and every backward pass leaves the cached forward
 * activations untouched, so it may run more than once after one forward.
 */
package org.jgan.models.layer;
