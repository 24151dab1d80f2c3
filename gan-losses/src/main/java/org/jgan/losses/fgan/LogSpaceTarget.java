package org.jgan.losses.fgan;

import org.jgan.core.divergence.DensityQuadrature;
import org.jgan.core.divergence.FDivergence;
import org.jgan.core.divergence.FIntegrand;

/**
 * A row's D_f by quadrature with a closed log-space integrand q·f(p/q) instead of the generic one built from f.
 *
 * <p>Why: the generic integrand forms u = p/q, which underflows to 0 or overflows to ∞ once |log p − log q|
 * exceeds about 709 — in the tails of any pair with unequal widths (a mixture of N(·, 0.5²) against N(0, 2²)
 * gets there at |x| ≈ 20, where q is still about 1e-21). There reverse KL's −log u becomes +∞, KL's
 * slope at infinity becomes +∞ and JS's u log u − (u + 1) log((u + 1)/2) becomes ∞ − ∞, so D_f comes out
 * infinite or NaN although its true value is finite. The closed forms of {@link org.jgan.core.divergence.Divergences}
 * work on log p and log q directly and keep full relative accuracy in every tail.
 */
final class LogSpaceTarget {
    private LogSpaceTarget() {
    }

    /** D_f of {@code row}, named as the row names it, integrated with {@code integrand} = q·f(p/q). */
    static FDivergence of(FGanDivergence row, FIntegrand integrand) {
        return new FDivergence(row.divergenceName(), row::f, row.slopeAtInfinity(), integrand, new DensityQuadrature());
    }
}
