package org.jgan.core.train;

import org.jgan.core.distribution.Distribution;
import org.jgan.core.random.RandomStreams;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Fresh i.i.d. samples of a known distribution for every batch (synthetic experiments). */
public final class DistributionSource implements DataSource {
    private final Distribution distribution;
    private final RandomStreams random;
    private final DataType dataType;

    /**
     * @param distribution p_data
     * @param random       the run's streams; batches use the DATA stream
     * @param dataType     the type of the batches
     */
    public DistributionSource(Distribution distribution, RandomStreams random, DataType dataType) {
        this.distribution = distribution;
        this.random = random;
        this.dataType = dataType;
    }

    @Override
    public int dimension() {
        return distribution.dimension();
    }

    @Override
    public INDArray batch(long drawIndex, int size) {
        double[] values = distribution.sample(size, random.random(RandomStreams.Stream.DATA, drawIndex));
        return Nd4j.create(values, new long[] {size, distribution.dimension()}, dataType);
    }

    @Override
    public String toString() {
        return "DistributionSource(" + distribution + ")";
    }
}
