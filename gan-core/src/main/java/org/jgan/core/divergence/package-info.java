/** Divergences between densities: f-divergences by adaptive quadrature, closed forms, sample estimates. */
package org.jgan.core.divergence;
