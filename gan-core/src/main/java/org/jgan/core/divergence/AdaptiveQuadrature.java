package org.jgan.core.divergence;

import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.jgan.core.config.Check;

/**
 * Globally adaptive Gauss–Legendre quadrature over a list of finite segments (the strategy of QUADPACK's
 * QAG, with the {@value #POINTS}-point Gauss–Legendre rule of commons-math3 in place of Gauss–Kronrod).
 *
 * <p>Every panel [a, b] is integrated on its two halves, and |G(a, b) − G(a, m) − G(m, b)| is its error
 * estimate; this overestimates the error of the halves' sum, which is the value used. While the summed error
 * exceeds max(absolute, relative · |value|), the panel with the largest error is halved. Because the budget
 * is global, a kink or jump that no panel edge catches still converges (its panel's error halves with each
 * split), and smooth regions are not refined needlessly. A non-finite value (a divergence that is infinite,
 * e.g. KL where q = 0 &lt; p) is returned as soon as a node meets it.
 */
public final class AdaptiveQuadrature {
    /** Gauss–Legendre points per half panel: exact for polynomials of degree 19. */
    public static final int POINTS = 10;
    /** Default bound on the summed error estimate. */
    public static final double DEFAULT_ABSOLUTE_TOLERANCE = 1e-12;
    /** Default bound on the summed error estimate relative to the value. */
    public static final double DEFAULT_RELATIVE_TOLERANCE = 1e-12;
    /** Default bound on the number of panels before giving up. */
    public static final int DEFAULT_MAX_PANELS = 100_000;

    private static final double[] NODES = new double[POINTS];
    private static final double[] WEIGHTS = new double[POINTS];

    static {
        GaussIntegrator rule = new GaussIntegratorFactory().legendreHighPrecision(POINTS);
        for (int i = 0; i < POINTS; i++) {
            NODES[i] = rule.getPoint(i);
            WEIGHTS[i] = rule.getWeight(i);
        }
    }

    /** A function to integrate over [a, b]. */
    public record Segment(DoubleUnaryOperator function, double a, double b) {
    }

    private record Panel(DoubleUnaryOperator function, double a, double b, double left, double right,
                         double error) {
        double value() {
            return left + right;
        }
    }

    private final double absoluteTolerance;
    private final double relativeTolerance;
    private final int maxPanels;

    /** With the default tolerances. */
    public AdaptiveQuadrature() {
        this(DEFAULT_ABSOLUTE_TOLERANCE, DEFAULT_RELATIVE_TOLERANCE, DEFAULT_MAX_PANELS);
    }

    /**
     * @param absoluteTolerance bound on the summed error estimate, &gt; 0
     * @param relativeTolerance bound on the summed error estimate relative to |value|, &gt;= 0
     * @param maxPanels         panels allowed before an {@link ArithmeticException}, &gt;= 1
     */
    public AdaptiveQuadrature(double absoluteTolerance, double relativeTolerance, int maxPanels) {
        this.absoluteTolerance = Check.positive("quadrature: absolute tolerance", absoluteTolerance);
        this.relativeTolerance = Check.nonNegative("quadrature: relative tolerance", relativeTolerance);
        this.maxPanels = Check.atLeast("quadrature: max panels", maxPanels, 1);
    }

    /**
     * The sum of the integrals of the segments.
     *
     * @throws ArithmeticException when the tolerance is not met within the panel budget
     */
    public double integrate(List<Segment> segments) {
        PriorityQueue<Panel> panels = new PriorityQueue<>(Comparator.comparingDouble(Panel::error).reversed());
        double value = 0;
        double error = 0;
        for (Segment s : segments) {
            if (s.b() > s.a()) {
                Panel p = panel(s.function(), s.a(), s.b(), rule(s.function(), s.a(), s.b()));
                panels.add(p);
                value += p.value();
                error += p.error();
            }
        }
        if (!Double.isFinite(value)) {
            return value;
        }
        while (true) {
            if (error <= tolerance(value)) {
                // The running sums drift by rounding; confirm with exact sums before stopping.
                value = panels.stream().mapToDouble(Panel::value).sum();
                error = panels.stream().mapToDouble(Panel::error).sum();
                if (error <= tolerance(value)) {
                    return value;
                }
            }
            if (panels.size() >= maxPanels) {
                throw new ArithmeticException("quadrature: error estimate " + error + " above the tolerance "
                        + tolerance(value) + " after " + maxPanels + " panels");
            }
            Panel worst = panels.poll();
            double mid = 0.5 * (worst.a() + worst.b());
            if (mid <= worst.a() || mid >= worst.b()) {
                throw new ArithmeticException("quadrature: cannot split [" + worst.a() + ", " + worst.b()
                        + "] further; error estimate " + worst.error());
            }
            Panel first = panel(worst.function(), worst.a(), mid, worst.left());
            Panel second = panel(worst.function(), mid, worst.b(), worst.right());
            panels.add(first);
            panels.add(second);
            value += first.value() + second.value() - worst.value();
            error += first.error() + second.error() - worst.error();
            if (!Double.isFinite(value)) {
                return value;
            }
        }
    }

    private double tolerance(double value) {
        return Math.max(absoluteTolerance, relativeTolerance * Math.abs(value));
    }

    private static Panel panel(DoubleUnaryOperator g, double a, double b, double whole) {
        double mid = 0.5 * (a + b);
        double left = rule(g, a, mid);
        double right = rule(g, mid, b);
        return new Panel(g, a, b, left, right, Math.abs(whole - left - right));
    }

    private static double rule(DoubleUnaryOperator g, double a, double b) {
        double centre = 0.5 * (a + b);
        double half = 0.5 * (b - a);
        double sum = 0;
        for (int i = 0; i < POINTS; i++) {
            sum += WEIGHTS[i] * g.applyAsDouble(centre + half * NODES[i]);
        }
        return half * sum;
    }

    @Override
    public String toString() {
        return "AdaptiveQuadrature(points=" + POINTS + ", absoluteTolerance=" + absoluteTolerance
                + ", relativeTolerance=" + relativeTolerance + ", maxPanels=" + maxPanels + ")";
    }
}
