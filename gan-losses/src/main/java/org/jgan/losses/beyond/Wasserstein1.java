package org.jgan.losses.beyond;

import java.util.Arrays;
import java.util.stream.DoubleStream;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.jgan.core.distribution.UnivariateDistribution;
import org.jgan.core.divergence.Divergence;

/**
 * The 1-Wasserstein (earth mover's) distance between two distributions on the real line,
 * W1(P, Q) = ∫ |F_P(x) − F_Q(x)| dx (Vallender 1973), by Gauss–Legendre quadrature over the CDFs.
 *
 * <p>The range is cut at the {@value #TAIL_MASS} and 1 − {@value #TAIL_MASS} quantiles of both distributions;
 * what is left out is at most about that mass times the tails' scale. The integrand has a kink wherever the
 * CDFs cross, which would slow quadrature to a crawl, so the range is split there: crossings are bracketed on
 * a grid of {@value #GRID_CELLS} cells and refined by Brent's method, and the distributions' centres and
 * breakpoints are panel edges too.
 */
public final class Wasserstein1 implements Divergence {
    /** Mass left out in each tail of each distribution. */
    public static final double TAIL_MASS = 1e-13;
    /** Cells of the grid on which sign changes of F_P − F_Q are bracketed. */
    public static final int GRID_CELLS = 1024;
    /** Relative accuracy asked of each quadrature panel. */
    public static final double RELATIVE_ACCURACY = 1e-12;
    /** Absolute accuracy asked of each quadrature panel and of each crossing. */
    public static final double ABSOLUTE_ACCURACY = 1e-14;

    @Override
    public String name() {
        return "W1";
    }

    @Override
    public double between(UnivariateDistribution p, UnivariateDistribution q) {
        UnivariateFunction gap = x -> p.cdf(x) - q.cdf(x);
        double[] edges = panelEdges(p, q, gap);
        IterativeLegendreGaussIntegrator integrator =
                new IterativeLegendreGaussIntegrator(16, RELATIVE_ACCURACY, ABSOLUTE_ACCURACY, 2, 64);
        double total = 0;
        for (int i = 0; i + 1 < edges.length; i++) {
            total += integrator.integrate(Integer.MAX_VALUE, x -> Math.abs(gap.value(x)), edges[i], edges[i + 1]);
        }
        return total;
    }

    private static double[] panelEdges(UnivariateDistribution p, UnivariateDistribution q, UnivariateFunction gap) {
        double lo = Math.min(p.quantile(TAIL_MASS), q.quantile(TAIL_MASS));
        double hi = Math.max(p.quantile(1 - TAIL_MASS), q.quantile(1 - TAIL_MASS));
        DoubleStream.Builder edges = DoubleStream.builder().add(lo).add(hi);
        DoubleStream.of(p.centres()).forEach(edges);
        DoubleStream.of(q.centres()).forEach(edges);
        DoubleStream.of(p.breakpoints()).forEach(edges);
        DoubleStream.of(q.breakpoints()).forEach(edges);
        BrentSolver solver = new BrentSolver(ABSOLUTE_ACCURACY);
        double step = (hi - lo) / GRID_CELLS;
        double left = lo;
        double gapLeft = gap.value(left);
        for (int i = 1; i <= GRID_CELLS; i++) {
            double right = i == GRID_CELLS ? hi : lo + i * step;
            double gapRight = gap.value(right);
            if (gapLeft == 0) {
                edges.add(left);
            } else if (gapLeft * gapRight < 0) {
                edges.add(solver.solve(Integer.MAX_VALUE, gap, left, right));
            }
            left = right;
            gapLeft = gapRight;
        }
        return Arrays.stream(edges.build().filter(x -> x >= lo && x <= hi).toArray()).sorted().distinct().toArray();
    }

    @Override
    public String toString() {
        return "Wasserstein1(tail mass " + TAIL_MASS + ", " + GRID_CELLS + " crossing cells)";
    }
}
