package org.jgan.experiments.toy;

import org.jgan.core.distribution.UnivariateDistribution;
import org.jgan.core.network.Standardised;
import org.jgan.models.architecture.GanNetworks;

/** What the 1-D experiments share. */
public final class Toy1d {
    /** The interquartile range of N(0, 1): IQR / this is a robust standard deviation. */
    private static final double NORMAL_IQR = 1.3489795003921634;

    private Toy1d() {
    }

    /**
     * The networks working in standard units of p_data: centre its median, scale its interquartile range over
     * N(0,1)'s (robust for mixtures and heavy tails alike).
     */
    public static GanNetworks standardised(GanNetworks networks, UnivariateDistribution data) {
        double centre = centre(data);
        double scale = scale(data);
        return new GanNetworks(Standardised.output(networks.generator(), centre, scale),
                Standardised.input(networks.discriminator(), centre, scale), networks.prior());
    }

    /** The centre of standard units: the median. */
    public static double centre(UnivariateDistribution data) {
        return data.quantile(0.5);
    }

    /** The scale of standard units: the interquartile range over N(0,1)'s, a robust standard deviation. */
    public static double scale(UnivariateDistribution data) {
        return (data.quantile(0.75) - data.quantile(0.25)) / NORMAL_IQR;
    }
}
