package org.jgan.experiments.fgan;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.jgan.core.distribution.Normal;
import org.jgan.core.distribution.UnivariateDistribution;
import org.jgan.core.divergence.Divergence;
import org.jgan.experiments.toy.Toy1d;

/**
 * θ* = argmin over (μ, σ) of D(P ‖ N(μ, σ²)), the best Gaussian fit by a divergence computed by quadrature: the
 * reference that f-GAN's Section 2.5 (Nowozin et al. 2016) compares the adversarially trained θ̂ with.
 *
 * <p>Nelder–Mead (commons-math3) over (μ, log σ), so σ stays positive without constraints, started from every
 * centre of P (its mixture components' means; its median otherwise) with σ = P's robust standard deviation
 * ({@link Toy1d#scale}); the lowest end point wins. Why several starts: a divergence of a bimodal P against one
 * Gaussian has a local minimum on each mode (reverse KL, JS), and the global one is the fit.
 *
 * <p>Accuracy: the search stops when the divergence changes by less than {@value #VALUE_TOLERANCE} relative
 * between iterations; near a minimum D grows quadratically in θ − θ*, so θ is then good to about
 * √(1e-12) = 1e-6 relative in the curvature's units, far below the 0.05 to which θ̂ is compared. The quadrature's
 * own error (about 1e-12 relative) is of the same order.
 */
final class BestFit {
    /** The relative change of D at which the search stops. */
    static final double VALUE_TOLERANCE = 1e-12;
    /** The absolute change of D at which the search stops, for fits where D* = 0 (P itself Gaussian). */
    static final double ABSOLUTE_TOLERANCE = 1e-15;
    /** Objective evaluations allowed per start. */
    static final int MAX_EVALUATIONS = 10_000;
    /** The initial simplex's edge, in μ (units of P's scale) and in log σ. */
    static final double INITIAL_STEP = 0.2;
    /** σ is confined to [scale/RANGE, scale·RANGE], beyond which no fit of P can be. */
    static final double RANGE = 1e3;

    private BestFit() {
    }

    /**
     * The best fit and the divergence there.
     *
     * @param value D(P ‖ Q_θ*)
     * @param mean  μ*
     * @param std   σ*
     */
    record Fit(double value, double mean, double std) {
        Normal distribution() {
            return new Normal(mean, std);
        }
    }

    /** θ* for {@code divergence} and P = {@code data}. */
    static Fit of(Divergence divergence, UnivariateDistribution data) {
        double scale = Toy1d.scale(data);
        Fit best = null;
        for (double[] start : starts(data, scale)) {
            SimplexOptimizer optimizer = new SimplexOptimizer(VALUE_TOLERANCE, ABSOLUTE_TOLERANCE);
            PointValuePair end = optimizer.optimize(new MaxEval(MAX_EVALUATIONS),
                    new ObjectiveFunction(theta -> objective(divergence, data, theta, scale)), GoalType.MINIMIZE,
                    new InitialGuess(start), new NelderMeadSimplex(new double[] {INITIAL_STEP * scale, INITIAL_STEP}));
            if (best == null || end.getValue() < best.value()) {
                best = new Fit(end.getValue(), end.getPoint()[0], Math.exp(end.getPoint()[1]));
            }
        }
        return best;
    }

    /** (μ, log σ) starting points: each distinct centre of P with σ = P's robust scale. */
    static List<double[]> starts(UnivariateDistribution data, double scale) {
        List<double[]> starts = new ArrayList<>();
        DoubleStream.of(data.centres()).distinct().forEach(c -> starts.add(new double[] {c, Math.log(scale)}));
        return starts;
    }

    private static double objective(Divergence divergence, UnivariateDistribution data, double[] theta,
                                    double scale) {
        if (Math.abs(theta[1] - Math.log(scale)) > Math.log(RANGE)) {
            return Double.POSITIVE_INFINITY;
        }
        double value = divergence.between(data, new Normal(theta[0], Math.exp(theta[1])));
        if (Double.isNaN(value)) {
            throw new ArithmeticException(divergence.name() + " is NaN at mu = " + theta[0] + ", sigma = "
                    + Math.exp(theta[1]));
        }
        return value;
    }
}
