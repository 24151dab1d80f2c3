package org.jgan.experiments.theory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jgan.core.config.Check;
import org.jgan.core.loss.ScoreOptimum;
import org.jgan.experiments.toy.Toy1dProbe;

/**
 * The grid on which a trained discriminator is compared with a loss's declared optimum, in the optimum's
 * reporting units ({@link ScoreOptimum#inReportingUnits}: probability for a classifier).
 *
 * <p>Grid rule. {@code points} equally spaced points span the smallest {@value #TAIL} quantile to the largest
 * 1 − {@value #TAIL} quantile of the two densities; the grid keeps those where p_data + p_g is at least
 * {@value #THRESHOLD} of its largest value on the span. Where the optimum is discontinuous — where a density
 * jumps (a uniform's edges), or where the declared optimum itself jumps (hinge and total variation at
 * p_data = p_g) — a continuous D cannot follow it: close enough to a jump of height h every continuous function
 * is at least h/2 away on one side. So points within {@code band} of a jump are set apart: the errors are
 * reported without them and, separately, with them, together with the pooled mass (p_data + p_g)/2 the bands
 * hold. A jump is found where two neighbouring kept points' optima differ by more than {@value #JUMP_CANDIDATE}
 * of the optimum's range on the grid and bisecting that interval down to 1e-9 of the span leaves a difference
 * of at least half that: a steep but continuous optimum shrinks under bisection, a jump does not.
 */
public final class OptimumGrid {
    /** Grid points across the span. */
    public static final int DEFAULT_POINTS = 2001;
    /** Kept points have p_data + p_g at least this fraction of its maximum (the 1 % rule). */
    public static final double THRESHOLD = 0.01;
    /** The span runs between these outer quantiles of the two densities. */
    public static final double TAIL = 1e-6;
    /** A change between neighbours above this fraction of the optimum's range is tested for a jump. */
    public static final double JUMP_CANDIDATE = 0.01;

    private static final int BISECTIONS = 64;
    private static final double RESOLUTION = 1e-9;

    private final double[] xs;
    private final double[] optimal;
    private final double[] pooled;
    private final boolean[] kept;
    private final boolean[] inBand;
    private final double[] jumps;
    private final double bandMass;

    /**
     * @param pair    the two densities
     * @param optimum the loss's declared optimum
     * @param points  grid points across the span, at least 3
     * @param band    half-width of the excluded band around each jump, in x units, &gt;= 0
     */
    public OptimumGrid(DensityPair pair, ScoreOptimum optimum, int points, double band) {
        Check.atLeast("grid-points", points, 3);
        Check.nonNegative("jump-band", band);
        double lo = Math.min(pair.data().quantile(TAIL), pair.model().quantile(TAIL));
        double hi = Math.max(pair.data().quantile(1 - TAIL), pair.model().quantile(1 - TAIL));
        xs = Toy1dProbe.linspace(lo, hi, points);
        double[] mass = new double[points];
        pooled = new double[points];
        double largest = 0;
        for (int i = 0; i < points; i++) {
            mass[i] = pair.data().density(xs[i]) + pair.model().density(xs[i]);
            pooled[i] = 0.5 * mass[i];
            largest = Math.max(largest, mass[i]);
        }
        kept = new boolean[points];
        optimal = new double[points];
        for (int i = 0; i < points; i++) {
            kept[i] = mass[i] >= THRESHOLD * largest;
            optimal[i] = kept[i] ? optimalAt(pair, optimum, xs[i]) : Double.NaN;
        }
        jumps = findJumps(pair, optimum, hi - lo);
        inBand = new boolean[points];
        for (int i = 0; i < points; i++) {
            for (double jump : jumps) {
                inBand[i] |= kept[i] && Math.abs(xs[i] - jump) <= band;
            }
        }
        bandMass = massOfBands(pair, jumps, band);
    }

    /** The pooled mass of the union of the intervals [jump − band, jump + band] (jumps are sorted). */
    private static double massOfBands(DensityPair pair, double[] jumps, double band) {
        double mass = 0;
        double coveredTo = Double.NEGATIVE_INFINITY;
        for (double jump : jumps) {
            double from = Math.max(jump - band, coveredTo);
            double to = jump + band;
            if (to > from) {
                mass += pair.pooled().cdf(to) - pair.pooled().cdf(from);
                coveredTo = to;
            }
        }
        return mass;
    }

    private static double optimalAt(DensityPair pair, ScoreOptimum optimum, double x) {
        return optimum.inReportingUnits(optimum.score(pair.data().density(x), pair.model().density(x)));
    }

    private double[] findJumps(DensityPair pair, ScoreOptimum optimum, double span) {
        double range = range(optimal);
        List<Double> found = new ArrayList<>();
        if (!(range > 0)) {
            return new double[0];
        }
        for (int i = 0; i + 1 < xs.length; i++) {
            if (kept[i] && kept[i + 1] && change(optimal[i], optimal[i + 1]) > JUMP_CANDIDATE * range) {
                double a = xs[i];
                double b = xs[i + 1];
                double fa = optimal[i];
                double fb = optimal[i + 1];
                for (int k = 0; k < BISECTIONS && b - a > RESOLUTION * span; k++) {
                    double m = 0.5 * (a + b);
                    double fm = optimalAt(pair, optimum, m);
                    if (change(fa, fm) > change(fm, fb)) {
                        b = m;
                        fb = fm;
                    } else {
                        a = m;
                        fa = fm;
                    }
                }
                if (change(fa, fb) >= 0.5 * JUMP_CANDIDATE * range) {
                    found.add(0.5 * (a + b));
                }
            }
        }
        return found.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** |u − v|, with equal values (equal infinities included) no change at all. */
    private static double change(double u, double v) {
        return u == v ? 0 : Math.abs(u - v);
    }

    /** The spread of the finite values, ignoring NaN (points not kept) and infinities. */
    private static double range(double[] values) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
        return finite.length == 0 ? 0 : Arrays.stream(finite).max().orElseThrow()
                - Arrays.stream(finite).min().orElseThrow();
    }

    /** Every point of the span, kept or not. */
    public double[] xs() {
        return xs.clone();
    }

    /** The declared optimum in reporting units at each point; NaN where the point is not kept. */
    public double[] optimal() {
        return optimal.clone();
    }

    /** Whether each point is on the grid (p_data + p_g above the threshold). */
    public boolean kept(int i) {
        return kept[i];
    }

    /** Whether each point lies in the band around a jump of the optimum. */
    public boolean inBand(int i) {
        return inBand[i];
    }

    /** The points where the optimum jumps. */
    public double[] jumps() {
        return jumps.clone();
    }

    /** The pooled probability mass (p_data + p_g)/2 inside the bands around jumps. */
    public double bandMass() {
        return bandMass;
    }

    /** The number of kept points. */
    public int size() {
        int n = 0;
        for (boolean k : kept) {
            n += k ? 1 : 0;
        }
        return n;
    }

    /**
     * D's errors against the optimum.
     *
     * @param reported D at every point of {@link #xs()}, in the optimum's reporting units
     */
    public Errors errors(double[] reported) {
        double max = 0;
        double sum = 0;
        int count = 0;
        double maxWithBands = 0;
        double weightedSum = 0;
        double weights = 0;
        for (int i = 0; i < xs.length; i++) {
            if (kept[i]) {
                double error = Math.abs(reported[i] - optimal[i]);
                maxWithBands = Math.max(maxWithBands, error);
                if (!inBand[i]) {
                    max = Math.max(max, error);
                    sum += error;
                    count++;
                    weightedSum += pooled[i] * error;
                    weights += pooled[i];
                }
            }
        }
        return new Errors(max, count == 0 ? Double.NaN : sum / count, maxWithBands, weightedSum / weights);
    }

    /**
     * How much D* varies where the data are: the mean absolute deviation of D* about its mean, both weighted by
     * the pooled density over the kept points outside the bands. The scale against which
     * {@link Errors#weightedMean()} says what fraction of D*'s variation a discriminator misses.
     */
    public double weightedSpread() {
        double mean = 0;
        double weights = 0;
        for (int i = 0; i < xs.length; i++) {
            if (kept[i] && !inBand[i]) {
                mean += pooled[i] * optimal[i];
                weights += pooled[i];
            }
        }
        mean /= weights;
        double deviation = 0;
        for (int i = 0; i < xs.length; i++) {
            if (kept[i] && !inBand[i]) {
                deviation += pooled[i] * Math.abs(optimal[i] - mean);
            }
        }
        return deviation / weights;
    }

    /**
     * |D − D*| over the grid.
     *
     * @param max          the largest, outside the bands around jumps
     * @param mean         the mean over kept points outside the bands
     * @param maxWithBands the largest over every kept point
     * @param weightedMean the mean over kept points outside the bands weighted by the pooled density
     *                     (p_data + p_g)/2: the error where the data are
     */
    public record Errors(double max, double mean, double maxWithBands, double weightedMean) {
    }

    @Override
    public String toString() {
        return "OptimumGrid(" + size() + " of " + xs.length + " points kept, jumps at " + Arrays.toString(jumps)
                + ")";
    }
}
