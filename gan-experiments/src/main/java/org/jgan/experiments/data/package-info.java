/**
 * The MNIST-like image data sets: reading IDX files ({@link org.jgan.experiments.data.IdxReader}), the
 * authors' train / validation / test {@link org.jgan.experiments.data.Split}s, finding the files on disk
 * ({@link org.jgan.experiments.data.DatasetLocator}) and downloading them with checksum verification
 * ({@link org.jgan.experiments.data.DatasetFetcher}).
 *
 * <p>Pixels are bytes / 255 as real numbers in [0, 1], never binarized, as in Goodfellow et al. 2014 (the Parzen
 * window numbers of Table 1 are computed on such pixels).
 */
package org.jgan.experiments.data;
