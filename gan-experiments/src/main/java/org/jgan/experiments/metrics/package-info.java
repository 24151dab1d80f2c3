/**
 * Sample-quality metrics of the experiments: the Parzen window log-likelihood of Goodfellow et al. 2014, Table 1
 * ({@link org.jgan.experiments.metrics.ParzenEstimator}), mode coverage on 2-D mixtures after VEEGAN and PacGAN
 * ({@link org.jgan.experiments.metrics.ModeCoverage}), and the nearest training image of a sample for Figure 2
 * ({@link org.jgan.experiments.metrics.NearestImages}).
 *
 * <p>The image metrics need all pairwise squared distances between two sets of rows; they get them from one
 * matrix product per block (‖x − μ‖² = ‖x‖² − 2 x·μ + ‖μ‖²), never from per-element loops.
 */
package org.jgan.experiments.metrics;
