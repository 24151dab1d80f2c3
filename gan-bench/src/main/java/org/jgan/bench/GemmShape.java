package org.jgan.bench;

/**
 * One matrix product C[m, n] = op(A)·op(B) with inner dimension k, as {@code Nd4j.gemm} runs it (transposes as
 * BLAS flags).
 *
 * @param m          rows of C
 * @param k          the inner dimension
 * @param n          columns of C
 * @param transposeA whether A is stored [k, m] and read transposed
 * @param transposeB whether B is stored [n, k] and read transposed
 */
public record GemmShape(long m, long k, long n, boolean transposeA, boolean transposeB) {
    /** Floating-point operations of the product: one multiply and one add per term, 2·m·k·n. */
    public double flops() {
        return 2.0 * m * k * n;
    }

    /** The stored shape of A. */
    public long[] aShape() {
        return transposeA ? new long[] {k, m} : new long[] {m, k};
    }

    /** The stored shape of B. */
    public long[] bShape() {
        return transposeB ? new long[] {n, k} : new long[] {k, n};
    }

    @Override
    public String toString() {
        return m + "x" + k + (transposeA ? "ᵀ" : "") + "·" + k + "x" + n + (transposeB ? "ᵀ" : "");
    }
}
