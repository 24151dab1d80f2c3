package org.jgan.core.network;

/**
 * Which gradients a backward pass must produce. Asking only for what is needed saves a matrix product per
 * layer: the generator step needs dL/dinput of D but not D's parameter gradients; a discriminator step
 * needs D's parameter gradients but not dL/dinput.
 */
public enum Gradients {
    /** Only dL/dparameters, written into {@link Network#gradients()}. */
    PARAMETERS,
    /** Only dL/dinput; {@link Network#gradients()} is left untouched. */
    INPUT,
    /** Both. */
    BOTH;

    /** Whether parameter gradients are written. */
    public boolean parameters() {
        return this != INPUT;
    }

    /** Whether the input gradient is returned. */
    public boolean input() {
        return this != PARAMETERS;
    }
}
