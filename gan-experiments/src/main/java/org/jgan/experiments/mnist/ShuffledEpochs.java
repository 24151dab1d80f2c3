package org.jgan.experiments.mnist;

import java.util.SplittableRandom;
import org.jgan.core.random.RandomStreams;
import org.jgan.core.random.RandomStreams.Stream;
import org.jgan.core.train.DataSource;
import org.jgan.experiments.data.ImageDataset;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Minibatches of a fixed set of images in epochs, each epoch a fresh random order: pylearn2's
 * {@code shuffled_sequential} iteration, which the authors' {@code mnist.yaml} trained with.
 *
 * <p>With n images and batches of m rows an epoch is ⌊n / m⌋ batches (the last n mod m images of an epoch's
 * order are left out of that epoch; the authors' 50,000 / 100 leaves none). Batch i belongs to epoch
 * e = ⌊i / ⌊n / m⌋⌋, whose order is a Fisher–Yates shuffle drawn from draw e of the {@link Stream#DATA} stream, so a
 * batch is a pure function of its index and a resumed run sees exactly the batches of the uninterrupted one. The
 * last epoch's order is cached: it is recomputed only when training crosses into a new epoch.
 *
 * <p>The images stay bytes (50,000 MNIST images: 39 MB, against 157 MB as floats); each batch is converted to
 * pixels b / 255 as it is drawn ({@link ImageDataset#pixels}).
 */
final class ShuffledEpochs implements DataSource {
    private final INDArray pixelBytes;
    private final DataType type;
    private final RandomStreams random;
    private long cachedEpoch = -1;
    private int[] cachedOrder;

    /**
     * @param pixelBytes one image per row, [n, d], entries the pixels' bytes 0..255 ({@link ImageDataset#pixelBytes})
     * @param type       the type of the batches
     * @param random     the run's streams; epoch orders use the DATA stream
     */
    ShuffledEpochs(INDArray pixelBytes, DataType type, RandomStreams random) {
        this.pixelBytes = pixelBytes;
        this.type = type;
        this.random = random;
    }

    @Override
    public int dimension() {
        return (int) pixelBytes.columns();
    }

    @Override
    public INDArray batch(long drawIndex, int size) {
        int batchesPerEpoch = batchesPerEpoch(size);
        int[] order = order(drawIndex / batchesPerEpoch);
        int from = (int) (drawIndex % batchesPerEpoch) * size;
        int[] rows = new int[size];
        System.arraycopy(order, from, rows, 0, size);
        return ImageDataset.pixels(Nd4j.pullRows(pixelBytes, 1, rows), type);
    }

    /** Batches of {@code size} rows in one epoch: ⌊n / size⌋. */
    int batchesPerEpoch(int size) {
        int n = (int) pixelBytes.rows();
        if (size > n) {
            throw new IllegalArgumentException("a batch of " + size + " rows from " + n + " images");
        }
        return n / size;
    }

    /** The order of the images in {@code epoch}: a permutation of 0..n−1. */
    int[] order(long epoch) {
        if (epoch != cachedEpoch) {
            int n = (int) pixelBytes.rows();
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            SplittableRandom shuffle = random.random(Stream.DATA, epoch);
            for (int i = n - 1; i > 0; i--) {
                int j = shuffle.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            cachedOrder = order;
            cachedEpoch = epoch;
        }
        return cachedOrder;
    }

    @Override
    public String toString() {
        return "ShuffledEpochs(" + pixelBytes.rows() + " images as bytes, " + type + " batches, a fresh order every epoch)";
    }
}
