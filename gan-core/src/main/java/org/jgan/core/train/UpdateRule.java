package org.jgan.core.train;

/** How one training iteration updates D and G. */
public enum UpdateRule {
    /**
     * Algorithm 1 of Goodfellow et al. 2014: k discriminator steps, each on a fresh minibatch of data and
     * noise, then one generator step on fresh noise, evaluated with the just-updated D.
     */
    ALTERNATING,
    /**
     * The update the authors' code (pylearn2, {@code mnist.yaml}) ran: one data batch and one noise batch,
     * one forward pass of D on both, and D and G updated together from gradients taken at the same
     * parameters. k is ignored.
     */
    SIMULTANEOUS
}
