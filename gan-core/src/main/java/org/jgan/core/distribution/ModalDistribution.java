package org.jgan.core.distribution;

/**
 * An equal-weight mixture of isotropic Gaussians in the plane whose modes are known: the ring and grid
 * benchmarks of the mode-collapse literature (VEEGAN, Srivastava et al. 2017; PacGAN, Lin et al. 2018).
 *
 * <p>density(x) = (1/M) Σ_k N(x; μ_k, σ² I). The mode-coverage metric reads {@link #modes()} and
 * {@link #modeStd()}: a sample is of high quality when it lies within 3σ of its nearest mode.
 */
public interface ModalDistribution extends Distribution {
    /** The mode centres μ_k, one {@code double[dimension()]} per mode (a fresh copy). */
    double[][] modes();

    /** The standard deviation σ shared by every mode in every coordinate. */
    double modeStd();
}
