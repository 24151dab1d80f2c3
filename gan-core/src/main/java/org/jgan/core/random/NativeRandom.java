package org.jgan.core.random;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.random.impl.BernoulliDistribution;
import org.nd4j.linalg.api.ops.random.impl.GaussianDistribution;
import org.nd4j.linalg.api.ops.random.impl.UniformDistribution;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Bulk random arrays from ND4J's native generator, each a pure function of a seed.
 *
 * <p>ND4J's generator is thread-local; reseeding it before every fill makes each array depend only on
 * the seed passed in, which is what {@link RandomStreams} hands out.
 */
public final class NativeRandom {
    private NativeRandom() {
    }

    /** An array of U(lo, hi) values. */
    public static INDArray uniform(long seed, DataType type, double lo, double hi, long... shape) {
        INDArray out = Nd4j.createUninitialized(type, shape);
        return fillUniform(seed, out, lo, hi);
    }

    /** Fills {@code target} in place with U(lo, hi) values and returns it. */
    public static INDArray fillUniform(long seed, INDArray target, double lo, double hi) {
        Nd4j.getRandom().setSeed(seed);
        Nd4j.getExecutioner().exec(new UniformDistribution(target, lo, hi), Nd4j.getRandom());
        return target;
    }

    /** An array of N(mean, std²) values. */
    public static INDArray normal(long seed, DataType type, double mean, double std, long... shape) {
        INDArray out = Nd4j.createUninitialized(type, shape);
        Nd4j.getRandom().setSeed(seed);
        Nd4j.getExecutioner().exec(new GaussianDistribution(out, mean, std), Nd4j.getRandom());
        return out;
    }

    /** Fills {@code target} in place with Bernoulli(p) values in {0, 1} and returns it. */
    public static INDArray fillBernoulli(long seed, INDArray target, double p) {
        Nd4j.getRandom().setSeed(seed);
        Nd4j.getExecutioner().exec(new BernoulliDistribution(target, p), Nd4j.getRandom());
        return target;
    }
}
