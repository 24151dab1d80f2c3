/**
 * JMH benchmarks of what a researcher waits for: one training step of Goodfellow et al.'s MNIST model (maxout and
 * ReLU discriminators), a step of the 1-D toy, the full Parzen evaluation, the optimizer update alone, and SGEMM on
 * the same shapes, so every time can be read against the machine's matrix-product rate.
 *
 * <p>Run them with {@code bench/run.sh} (which also runs the PyTorch reference and prints the ratios); see
 * {@code docs/performance.md}. {@link org.jgan.bench.BenchTable} turns the results into that table.
 */
package org.jgan.bench;
