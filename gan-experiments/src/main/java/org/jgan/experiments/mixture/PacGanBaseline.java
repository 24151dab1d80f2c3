package org.jgan.experiments.mixture;

import java.util.Optional;
import org.jgan.core.distribution.Distribution;
import org.jgan.core.distribution.Grid;
import org.jgan.core.distribution.Ring;

/**
 * The plain-GAN baselines that PacGAN (Lin et al. 2018, Table 2) reports for the two benchmarks, averaged over
 * its runs: ring(8,1,0.01) 6.3 ± 0.5 modes with 98.2 % high-quality samples; grid(5,2,0.05) 17.3 ± 0.8 modes with
 * 94.8 %. A GAN "reaches the baseline" when its mean modes captured is at least {@link #modes()}.
 *
 * @param spec        the benchmark's distribution spec
 * @param modes       mean modes captured by PacGAN's GAN
 * @param modesStd    its spread over runs
 * @param highQuality its percentage of high-quality samples
 * @param totalModes  the modes in the mixture
 */
public record PacGanBaseline(String spec, double modes, double modesStd, double highQuality, int totalModes) {
    /** PacGAN's GAN on the ring of 8 Gaussians, radius 1, std 0.01. */
    public static final PacGanBaseline RING = new PacGanBaseline("ring(8,1,0.01)", 6.3, 0.5, 98.2, 8);
    /** PacGAN's GAN on the 5 × 5 grid, spacing 2, std 0.05. */
    public static final PacGanBaseline GRID = new PacGanBaseline("grid(5,2,0.05)", 17.3, 0.8, 94.8, 25);

    /** The baseline published for {@code data}, if it is one of the two benchmarks exactly. */
    public static Optional<PacGanBaseline> of(Distribution data) {
        if (data.equals(Ring.of(8, 1, 0.01))) {
            return Optional.of(RING);
        }
        if (data.equals(Grid.of(5, 2, 0.05))) {
            return Optional.of(GRID);
        }
        return Optional.empty();
    }

    /** "6.3 ± 0.5 of 8 modes, 98.2 % high quality". */
    @Override
    public String toString() {
        return modes + " ± " + modesStd + " of " + totalModes + " modes, " + highQuality + " % high quality";
    }
}
