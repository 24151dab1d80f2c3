package org.jgan.core.divergence;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.special.Erf;
import org.jgan.core.config.Check;
import org.jgan.core.config.ConfigException;
import org.jgan.core.distribution.Normal;
import org.jgan.core.distribution.UnivariateDistribution;

/**
 * A Gaussian kernel density estimate from samples x_1..x_n with bandwidth h:
 * p̂(x) = (1 / (n h)) Σ_i φ((x − x_i) / h), φ the standard normal density. Its expectation is the true
 * density convolved with N(0, h²) (bias of order h²), and its variance at x is about p(x) / (2√π n h).
 *
 * <p>Used where only samples of p_g exist, e.g. JSD(p_data ‖ p̂_g) during the 1-D toy experiment. It is
 * fast because the samples are kept sorted and a kernel is summed only within {@value #CUTOFF} bandwidths
 * of the nearest sample to x (found by binary search): every kernel left out is at most
 * e^{−32} ≈ 1.3·10^{−14} times the nearest one, so the relative error of the density is at most
 * n · e^{−32} (1.3·10^{−10} for n = 10,000), also far in the tails, where the log-density is
 * computed relative to the nearest kernel and never underflows. The CDF sums Φ over the same reach
 * (error at most Φ(−8) ≈ 6·10^{−16} absolute) and the quantile is found by a bracketed root search.
 *
 * <p>Unlike the parametric distributions, a KDE is defined by its data and has no spec; {@code toString()}
 * describes it.
 */
public final class KernelDensity implements UnivariateDistribution {
    /** Kernels farther than this many bandwidths beyond the nearest sample are left out. */
    public static final double CUTOFF = 8;
    /** The bandwidth rule of {@link #of(double[])}. */
    public static final Bandwidth DEFAULT_BANDWIDTH = Bandwidth.SILVERMAN;

    /** The quantile's accuracy, relative to its magnitude or to the bandwidth, whichever is larger. */
    public static final double QUANTILE_ACCURACY = 1e-14;

    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    private final double[] sorted;
    private final double bandwidth;
    private final double halfInverseSquare;
    private final double logNormaliser;
    private final double[] quartiles;

    private KernelDensity(double[] sorted, double bandwidth) {
        this.sorted = sorted;
        this.bandwidth = Check.positive("kernel density: bandwidth", bandwidth);
        this.halfInverseSquare = 0.5 / (bandwidth * bandwidth);
        this.logNormaliser = -Math.log(sorted.length) - Math.log(bandwidth) - LOG_SQRT_2PI;
        this.quartiles = new double[] {Bandwidth.orderQuantile(sorted, 0.25), Bandwidth.orderQuantile(sorted, 0.5),
                Bandwidth.orderQuantile(sorted, 0.75)};
    }

    /** A KDE with {@link #DEFAULT_BANDWIDTH Silverman's} bandwidth. */
    public static KernelDensity of(double[] samples) {
        return of(samples, DEFAULT_BANDWIDTH);
    }

    /** A KDE whose bandwidth follows {@code rule}; needs at least two distinct finite samples. */
    public static KernelDensity of(double[] samples, Bandwidth rule) {
        double[] sorted = sortedFinite(samples);
        if (sorted[0] == sorted[sorted.length - 1]) {
            throw new ConfigException("kernel density: samples", "at least two distinct values",
                    "all " + sorted.length + " equal to " + sorted[0]);
        }
        return new KernelDensity(sorted, rule.of(sorted));
    }

    /** A KDE with the given bandwidth h &gt; 0. */
    public static KernelDensity withBandwidth(double[] samples, double bandwidth) {
        return new KernelDensity(sortedFinite(samples), bandwidth);
    }

    private static double[] sortedFinite(double[] samples) {
        Check.atLeast("kernel density: number of samples", samples.length, 2);
        for (int i = 0; i < samples.length; i++) {
            if (!Double.isFinite(samples[i])) {
                throw new ConfigException("kernel density: sample " + i, "a finite number", samples[i]);
            }
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted;
    }

    /** The bandwidth h. */
    public double bandwidth() {
        return bandwidth;
    }

    /** The number of samples n. */
    public int size() {
        return sorted.length;
    }

    /** A sample of a KDE: a data point chosen uniformly, plus N(0, h²) noise. */
    @Override
    public double[] sample(int n, SplittableRandom random) {
        double[] out = new Normal(0, bandwidth).sample(n, random);
        for (int i = 0; i < n; i++) {
            out[i] += sorted[random.nextInt(sorted.length)];
        }
        return out;
    }

    @Override
    public double density(double x) {
        return Math.exp(logDensity(x));
    }

    @Override
    public double logDensity(double x) {
        int nearest = nearest(x);
        double gap = Math.abs(x - sorted[nearest]);
        double reach = gap + CUTOFF * bandwidth;
        int to = firstAbove(x + reach);
        double offset = gap * gap;
        double sum = 0;
        for (int i = firstAtLeast(x - reach); i < to; i++) {
            double d = x - sorted[i];
            sum += Math.exp((offset - d * d) * halfInverseSquare);
        }
        return logNormaliser - offset * halfInverseSquare + Math.log(sum);
    }

    @Override
    public double cdf(double x) {
        double reach = CUTOFF * bandwidth;
        int from = firstAtLeast(x - reach);
        int to = firstAbove(x + reach);
        double sum = from;
        double scale = 1 / (bandwidth * Math.sqrt(2));
        for (int i = from; i < to; i++) {
            sum += 0.5 * Erf.erfc((sorted[i] - x) * scale);
        }
        return Math.min(1, sum / sorted.length);
    }

    /**
     * Brent's method (secant and inverse quadratic steps, safeguarded by bisection) on the CDF, bracketed by
     * 40 bandwidths below the smallest and above the largest sample, where the CDF is within Φ(−40) of 0 and 1.
     */
    @Override
    public double quantile(double p) {
        double lo = sorted[0] - 40 * bandwidth;
        double hi = sorted[sorted.length - 1] + 40 * bandwidth;
        if (p <= 0) {
            return lo;
        }
        if (p >= 1) {
            return hi;
        }
        return new BrentSolver(QUANTILE_ACCURACY, QUANTILE_ACCURACY * bandwidth, 0)
                .solve(Integer.MAX_VALUE, x -> cdf(x) - p, lo, hi);
    }

    /** The samples' quartiles: where the estimate's mass concentrates, without a CDF inversion. */
    @Override
    public double[] centres() {
        return quartiles.clone();
    }

    private int nearest(double x) {
        int above = firstAtLeast(x);
        if (above == sorted.length) {
            return above - 1;
        }
        return above > 0 && x - sorted[above - 1] < sorted[above] - x ? above - 1 : above;
    }

    /** The first index whose sample is &gt;= x (n if none). */
    private int firstAtLeast(double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first index whose sample is &gt; x (n if none). */
    private int firstAbove(double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public String toString() {
        return "KernelDensity(n=" + sorted.length + ", bandwidth=" + bandwidth + ")";
    }
}
