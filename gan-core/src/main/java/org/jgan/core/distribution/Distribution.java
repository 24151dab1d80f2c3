package org.jgan.core.distribution;

import java.util.SplittableRandom;

/**
 * A probability distribution on R^d that can be sampled and, where it is known, evaluated.
 *
 * <p>Used for p_data in the synthetic experiments, for fixed p_g in the theory checks, and as the oracle of
 * the divergence computations. Implementations are immutable and draw every sample from the
 * {@link SplittableRandom} they are given, so a seed fixes the samples. A parametric distribution's
 * {@code toString()} returns the spec that {@link DistributionSpec#parse(String)} parses back into an equal
 * distribution; a kernel density estimate, defined by its data, only describes itself.
 */
public interface Distribution {
    /** The dimension d of a sample. */
    int dimension();

    /**
     * Draws {@code n} independent samples.
     *
     * @return row-major {@code n * dimension()} values: sample i occupies {@code [i*d, (i+1)*d)}
     */
    double[] sample(int n, SplittableRandom random);

    /** The density at {@code x} (length {@code dimension()}). */
    double density(double... x);

    /** The log-density at {@code x}; override where a direct form avoids underflow. */
    default double logDensity(double... x) {
        return Math.log(density(x));
    }
}
