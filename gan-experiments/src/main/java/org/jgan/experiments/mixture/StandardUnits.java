package org.jgan.experiments.mixture;

import org.jgan.core.distribution.ModalDistribution;
import org.jgan.core.network.Standardised;
import org.jgan.models.architecture.GanNetworks;

/**
 * The networks of a 2-D mixture working in standard units: D reads (x − c) / s and G's output u becomes c + s·u,
 * with c the mean of the mode coordinates and s the mixture's per-coordinate standard deviation pooled over both
 * axes, s² = (1/(M·d)) Σ_k Σ_j (μ_kj − c)² + σ².
 *
 * <p>Why: freshly initialised G and D see points of spread about 1, but the grid spans ±4 (s ≈ 2.83) and the ring
 * ±1 (s ≈ 0.71). In standard units both benchmarks look alike to the networks, so one configuration serves both.
 * One scalar centre and scale (what {@link Standardised} applies) are exact for the ring and the grid, whose mode
 * coordinates have the same spread on both axes.
 */
final class StandardUnits {
    private StandardUnits() {
    }

    /** {@code networks} wrapped to read and write data units of {@code data}. */
    static GanNetworks of(GanNetworks networks, ModalDistribution data) {
        double[][] modes = data.modes();
        double sum = 0;
        int count = 0;
        for (double[] mode : modes) {
            for (double coordinate : mode) {
                sum += coordinate;
                count++;
            }
        }
        double centre = sum / count;
        double squares = 0;
        for (double[] mode : modes) {
            for (double coordinate : mode) {
                squares += (coordinate - centre) * (coordinate - centre);
            }
        }
        double scale = Math.sqrt(squares / count + data.modeStd() * data.modeStd());
        return new GanNetworks(Standardised.output(networks.generator(), centre, scale),
                Standardised.input(networks.discriminator(), centre, scale), networks.prior());
    }
}
