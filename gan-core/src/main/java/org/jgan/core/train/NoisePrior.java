package org.jgan.core.train;

import org.jgan.core.config.Check;
import org.jgan.core.config.ConfigException;
import org.jgan.core.random.NativeRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The generator's input distribution p_z: i.i.d. uniform or normal coordinates.
 *
 * <p>Goodfellow et al.'s MNIST model draws z ~ U(−√3, √3)^100, which has unit variance:
 * {@code NoisePrior.unitVariance("uniform", 100)}.
 *
 * @param kind      {@code "uniform"} or {@code "normal"}
 * @param dimension the length of z
 * @param a         the lower bound (uniform) or the mean (normal)
 * @param b         the upper bound (uniform) or the standard deviation (normal)
 */
public record NoisePrior(String kind, int dimension, double a, double b) {
    /** Validates the fields. */
    public NoisePrior {
        Check.atLeast("noise dimension", dimension, 1);
        switch (kind) {
            case UNIFORM -> {
                if (!(b > a)) {
                    throw new ConfigException("noise", "uniform bounds with lo < hi",
                            "uniform(" + a + "," + b + ")");
                }
            }
            case NORMAL -> Check.positive("noise std", b);
            default -> throw new ConfigException("noise", "'uniform' or 'normal'", kind);
        }
    }

    /** The kind whose coordinates are uniform. */
    public static final String UNIFORM = "uniform";
    /** The kind whose coordinates are normal. */
    public static final String NORMAL = "normal";

    /**
     * Zero-mean coordinates of variance 1: U(−√3, √3)^dimension for {@value #UNIFORM}, N(0, 1)^dimension for
     * {@value #NORMAL}.
     */
    public static NoisePrior unitVariance(String kind, int dimension) {
        double halfWidth = Math.sqrt(3);
        return kind.equals(UNIFORM) ? uniform(dimension, -halfWidth, halfWidth) : new NoisePrior(kind, dimension, 0, 1);
    }

    /** z ~ U(lo, hi)^dimension. */
    public static NoisePrior uniform(int dimension, double lo, double hi) {
        return new NoisePrior(UNIFORM, dimension, lo, hi);
    }

    /** z ~ N(mean, std²)^dimension. */
    public static NoisePrior normal(int dimension, double mean, double std) {
        return new NoisePrior(NORMAL, dimension, mean, std);
    }

    /** {@code n} noise vectors as rows, drawn from {@code seed}. */
    public INDArray sample(int n, long seed, DataType type) {
        return kind.equals(UNIFORM)
                ? NativeRandom.uniform(seed, type, a, b, n, dimension)
                : NativeRandom.normal(seed, type, a, b, n, dimension);
    }

    @Override
    public String toString() {
        return kind + "(" + a + "," + b + ")^" + dimension;
    }
}
