package org.jgan.experiments.metrics;

import java.util.Arrays;
import java.util.Locale;
import org.jgan.core.config.Check;
import org.jgan.core.distribution.ModalDistribution;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Mode coverage of samples from a mixture with known modes, the protocol of VEEGAN (Srivastava et al. 2017) and
 * PacGAN (Lin et al. 2018) for the ring (8 modes, radius 1, std 0.01) and grid (25 modes, std 0.05) benchmarks.
 *
 * <p>Each sample is assigned to its nearest mode μ_k (Euclidean; the lowest index wins a tie). It is of
 * <em>high quality</em> when ‖x − μ_k‖ ≤ {@code stdMultiple}·σ (3σ by default). A mode is <em>captured</em> when
 * it is the nearest mode of at least one high-quality sample. The protocol draws
 * {@value #PROTOCOL_SAMPLES} samples and reports modes captured and the percentage of high-quality samples,
 * averaged over runs (PacGAN's plain-GAN baselines: ring 6.3 ± 0.5 modes, 98.2 %; grid 17.3 ± 0.8, 94.8 %).
 */
public final class ModeCoverage {
    /** The high-quality radius in units of the mode std. */
    public static final double DEFAULT_STD_MULTIPLE = 3;
    /** Samples drawn per evaluation in the VEEGAN / PacGAN protocol. */
    public static final int PROTOCOL_SAMPLES = 2500;

    private final double[][] modes;
    private final double std;
    private final double stdMultiple;
    private final double radiusSquared;

    /** The coverage of {@code distribution}'s modes at the default 3σ. */
    public ModeCoverage(ModalDistribution distribution) {
        this(distribution.modes(), distribution.modeStd(), DEFAULT_STD_MULTIPLE);
    }

    /**
     * @param modes       the mode centres, each of the same dimension
     * @param std         the modes' standard deviation σ &gt; 0
     * @param stdMultiple the high-quality radius in units of σ, &gt; 0
     */
    public ModeCoverage(double[][] modes, double std, double stdMultiple) {
        Check.atLeast("mode-coverage.modes", modes.length, 1);
        this.modes = new double[modes.length][];
        for (int k = 0; k < modes.length; k++) {
            if (modes[k].length != modes[0].length) {
                throw new IllegalArgumentException("mode " + k + " has dimension " + modes[k].length + ", mode 0 has "
                        + modes[0].length);
            }
            this.modes[k] = modes[k].clone();
        }
        this.std = Check.positive("mode-coverage.std", std);
        this.stdMultiple = Check.positive("mode-coverage.std-multiple", stdMultiple);
        double radius = stdMultiple * std;
        this.radiusSquared = radius * radius;
    }

    /** The coverage of the rows of {@code samples}, shape [n, d]. */
    public Coverage evaluate(INDArray samples) {
        if (samples.rank() != 2 || samples.columns() != dimension()) {
            throw new IllegalArgumentException("samples must be a matrix with " + dimension() + " columns, got "
                    + Arrays.toString(samples.shape()));
        }
        return evaluate(samples.castTo(DataType.DOUBLE).dup('c').data().asDouble());
    }

    /** The coverage of {@code samples} given row-major, n·d values (as {@code Distribution.sample} returns them). */
    public Coverage evaluate(double[] samples) {
        int d = dimension();
        if (samples.length % d != 0) {
            throw new IllegalArgumentException(samples.length + " values are not a whole number of " + d
                    + "-dimensional samples");
        }
        int n = samples.length / d;
        int[] highQualityPerMode = new int[modes.length];
        int highQuality = 0;
        for (int i = 0; i < n; i++) {
            int nearest = 0;
            double nearestSquared = Double.POSITIVE_INFINITY;
            for (int k = 0; k < modes.length; k++) {
                double squared = 0;
                for (int c = 0; c < d; c++) {
                    double diff = samples[i * d + c] - modes[k][c];
                    squared += diff * diff;
                }
                if (squared < nearestSquared) {
                    nearestSquared = squared;
                    nearest = k;
                }
            }
            if (nearestSquared <= radiusSquared) {
                highQuality++;
                highQualityPerMode[nearest]++;
            }
        }
        int captured = 0;
        for (int count : highQualityPerMode) {
            captured += count > 0 ? 1 : 0;
        }
        return new Coverage(captured, modes.length, highQuality, n, highQualityPerMode);
    }

    /** The dimension of a sample. */
    public int dimension() {
        return modes[0].length;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ModeCoverage(%d modes, std=%s, high quality within %s·std)", modes.length,
                std, stdMultiple);
    }

    /**
     * What {@link ModeCoverage} measured.
     *
     * @param modesCaptured       modes nearest to at least one high-quality sample
     * @param modes               modes in the mixture
     * @param highQualitySamples  samples within the radius of their nearest mode
     * @param samples             samples evaluated
     * @param highQualityPerMode  high-quality samples per mode, in the order of the modes
     */
    public record Coverage(int modesCaptured, int modes, int highQualitySamples, int samples,
            int[] highQualityPerMode) {
        /** Copies the per-mode counts. */
        public Coverage {
            highQualityPerMode = highQualityPerMode.clone();
        }

        /** The per-mode counts (a copy). */
        @Override
        public int[] highQualityPerMode() {
            return highQualityPerMode.clone();
        }

        /** The share of high-quality samples, in [0, 1] (the papers print it as a percentage). */
        public double highQualityFraction() {
            return samples == 0 ? 0 : (double) highQualitySamples / samples;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d of %d modes, %.1f %% high quality (%d of %d samples)",
                    modesCaptured, modes, 100 * highQualityFraction(), highQualitySamples, samples);
        }
    }
}
