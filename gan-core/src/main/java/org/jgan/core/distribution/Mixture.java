package org.jgan.core.distribution;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.jgan.core.config.Check;
import org.jgan.core.config.ConfigException;

/**
 * A finite mixture of distributions on the real line; spec {@code mixture(w1:SPEC,w2:SPEC,...)}.
 *
 * <p>density(x) = Σ_k π_k p_k(x) with π_k = w_k / Σ_j w_j: the weights must be positive and are normalised
 * by their sum, so {@code mixture(1:normal(0,1),3:normal(4,1))} puts 1/4 of the mass on the first component.
 * The spec keeps the weights as written, and two mixtures are equal when their written weights and their
 * components are. The log-density is a log-sum-exp of the components' log-densities, so it stays finite far
 * in the tails; the CDF is exact and the quantile is a bracketed root of it.
 * Quadrature splits at every component's breakpoints and centres.
 */
public final class Mixture implements UnivariateDistribution {
    /** The quantile's accuracy relative to its magnitude or to the width of its bracket, whichever is larger. */
    public static final double QUANTILE_ACCURACY = 1e-15;

    private final double[] weights;
    private final double[] probabilities;
    private final double[] logProbabilities;
    private final List<UnivariateDistribution> components;

    /**
     * @param weights    positive, finite weights, one per component (normalised by their sum)
     * @param components the components, at least one
     */
    public Mixture(double[] weights, List<? extends UnivariateDistribution> components) {
        if (components.isEmpty()) {
            throw new ConfigException("mixture: components", "at least one component", "none");
        }
        if (weights.length != components.size()) {
            throw new ConfigException("mixture: weights", "one weight per component (" + components.size() + ")",
                    weights.length + " weights");
        }
        this.weights = weights.clone();
        for (int k = 0; k < weights.length; k++) {
            Check.positive("mixture: weight " + (k + 1), weights[k]);
        }
        double total = Arrays.stream(weights).sum();
        this.probabilities = Arrays.stream(weights).map(w -> w / total).toArray();
        this.logProbabilities = Arrays.stream(probabilities).map(Math::log).toArray();
        this.components = List.copyOf(components);
    }

    /** The weights as given (not normalised). */
    public double[] weights() {
        return weights.clone();
    }

    /** The mixing probabilities π_k = w_k / Σ_j w_j. */
    public double[] probabilities() {
        return probabilities.clone();
    }

    /** The components. */
    public List<UnivariateDistribution> components() {
        return components;
    }

    /**
     * Draws a component for every sample, then each component's samples in one call, so the result is an
     * i.i.d. sequence whose randomness all comes from {@code random}.
     */
    @Override
    public double[] sample(int n, SplittableRandom random) {
        int[] chosen = new int[n];
        int[] counts = new int[components.size()];
        for (int i = 0; i < n; i++) {
            chosen[i] = pick(random.nextDouble());
            counts[chosen[i]]++;
        }
        double[][] drawn = new double[components.size()][];
        for (int k = 0; k < drawn.length; k++) {
            drawn[k] = components.get(k).sample(counts[k], random);
        }
        int[] used = new int[components.size()];
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = drawn[chosen[i]][used[chosen[i]]++];
        }
        return out;
    }

    private int pick(double u) {
        double cumulative = 0;
        for (int k = 0; k < probabilities.length - 1; k++) {
            cumulative += probabilities[k];
            if (u < cumulative) {
                return k;
            }
        }
        return probabilities.length - 1;
    }

    @Override
    public double density(double x) {
        double sum = 0;
        for (int k = 0; k < probabilities.length; k++) {
            sum += probabilities[k] * components.get(k).density(x);
        }
        return sum;
    }

    @Override
    public double logDensity(double x) {
        double[] terms = new double[probabilities.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < terms.length; k++) {
            terms[k] = logProbabilities[k] + components.get(k).logDensity(x);
            max = Math.max(max, terms[k]);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (double t : terms) {
            sum += Math.exp(t - max);
        }
        return max + Math.log(sum);
    }

    @Override
    public double cdf(double x) {
        double sum = 0;
        for (int k = 0; k < probabilities.length; k++) {
            sum += probabilities[k] * components.get(k).cdf(x);
        }
        return Math.min(1, sum);
    }

    /**
     * A bracketed root of the exact CDF by Brent's method (secant and inverse quadratic steps safeguarded by
     * bisection). The p-quantile lies between the smallest and the largest of the components' p-quantiles,
     * since there every component's CDF is at most, respectively at least, p.
     */
    @Override
    public double quantile(double p) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (UnivariateDistribution c : components) {
            double q = c.quantile(p);
            lo = Math.min(lo, q);
            hi = Math.max(hi, q);
        }
        if (lo == hi || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            return p <= 0.5 ? lo : hi;
        }
        return new BrentSolver(QUANTILE_ACCURACY, QUANTILE_ACCURACY * (hi - lo), 0)
                .solve(Integer.MAX_VALUE, x -> cdf(x) - p, lo, hi);
    }

    @Override
    public double[] breakpoints() {
        return components.stream().flatMapToDouble(c -> Arrays.stream(c.breakpoints())).sorted().distinct()
                .toArray();
    }

    @Override
    public double[] centres() {
        return components.stream().flatMapToDouble(c -> Arrays.stream(c.centres())).sorted().distinct()
                .toArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mixture other && Arrays.equals(other.weights, weights)
                && other.components.equals(components);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights) * 31 + components.hashCode();
    }

    @Override
    public String toString() {
        return IntStream.range(0, weights.length)
                .mapToObj(k -> Specs.number(weights[k]) + ":" + components.get(k))
                .collect(Collectors.joining(",", "mixture(", ")"));
    }
}
