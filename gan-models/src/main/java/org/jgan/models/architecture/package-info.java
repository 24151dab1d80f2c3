/**
 * Generator and discriminator pairs by name: the 1-D and 2-D toys and the MNIST model of Goodfellow et al.
 * 2014, each with its noise prior. {@link org.jgan.models.ModelsModule} registers them.
 */
package org.jgan.models.architecture;
