package org.jgan.experiments.theory;

import java.util.List;
import org.jgan.core.distribution.Mixture;
import org.jgan.core.distribution.UnivariateDistribution;
import org.jgan.core.network.Network;
import org.jgan.core.network.Standardised;
import org.jgan.experiments.toy.Toy1d;
import org.jgan.models.architecture.Architecture;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Two known densities on the real line, p_data and a fixed p_g, as the theory checks hold them: G is
 * replaced by its distribution, so D can be compared with what the loss declares for (p_data, p_g).
 *
 * @param data  p_data
 * @param model p_g, held fixed
 */
public record DensityPair(UnivariateDistribution data, UnivariateDistribution model) {
    /** The pooled density M = (p_data + p_g)/2, the distribution of D's training inputs. */
    public Mixture pooled() {
        return new Mixture(new double[] {1, 1}, List.of(data, model));
    }

    /** The pooled density's robust standard deviation ({@link Toy1d#scale}), the unit of the networks' inputs. */
    public double scale() {
        return Toy1d.scale(pooled());
    }

    /**
     * {@code discriminator} reading x in standard units of the pooled density M, by {@link Toy1d}'s rule (median
     * and interquartile range): both densities' mass sits where the network's units have their kinks, whatever
     * the pair's location and scale.
     */
    public Network standardised(Network discriminator) {
        Mixture pooled = pooled();
        return Standardised.input(discriminator, Toy1d.centre(pooled), Toy1d.scale(pooled));
    }

    /** A fresh (uninitialised) discriminator of a registered 1-D {@code architecture}, {@link #standardised}. */
    public Network discriminator(Architecture architecture, DataType type) {
        return standardised(architecture.build(1, type).discriminator());
    }

    @Override
    public String toString() {
        return "p_data = " + data + ", p_g = " + model;
    }
}
