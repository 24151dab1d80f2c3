/** The network contract: forward and backward over row-major batches, parameters in one flat buffer. */
package org.jgan.core.network;
