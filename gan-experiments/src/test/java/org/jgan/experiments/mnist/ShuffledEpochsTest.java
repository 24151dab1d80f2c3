package org.jgan.experiments.mnist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.jgan.core.random.RandomStreams;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ShuffledEpochsTest {
    private static final int IMAGES = 23;
    private static final int BATCH = 5;

    /**
     * Image i has the bytes (i, 100 − i, 2i), so a batch row tells which image it is and that it arrived whole.
     */
    private static INDArray images() {
        byte[] bytes = new byte[IMAGES * 3];
        for (int i = 0; i < IMAGES; i++) {
            bytes[3 * i] = (byte) i;
            bytes[3 * i + 1] = (byte) (100 - i);
            bytes[3 * i + 2] = (byte) (2 * i);
        }
        INDArray images = Nd4j.create(DataType.UINT8, IMAGES, 3);
        images.data().asNio().put(bytes);
        return images;
    }

    private static ShuffledEpochs epochs(INDArray images, long seed) {
        return new ShuffledEpochs(images, DataType.FLOAT, new RandomStreams(seed));
    }

    private static int[] imageIndices(INDArray batch) {
        assertThat(batch.dataType()).isEqualTo(DataType.FLOAT);
        int[] indices = new int[(int) batch.rows()];
        for (int r = 0; r < indices.length; r++) {
            float[] row = batch.getRow(r).toFloatVector();
            int i = Math.round(row[0] * 255);
            assertThat(row).containsExactly(i / 255f, (100 - i) / 255f, 2 * i / 255f);
            indices[r] = i;
        }
        return indices;
    }

    @Test
    void everyEpochShowsDistinctImagesInBatchesOfWholeRows() {
        ShuffledEpochs source = epochs(images(), 5);
        int perEpoch = source.batchesPerEpoch(BATCH);
        assertThat(perEpoch).isEqualTo(IMAGES / BATCH);
        for (int epoch = 0; epoch < 3; epoch++) {
            int[] seen = new int[0];
            for (int b = 0; b < perEpoch; b++) {
                int[] batch = imageIndices(source.batch((long) epoch * perEpoch + b, BATCH));
                seen = concat(seen, batch);
            }
            // ⌊23 / 5⌋ = 4 batches: 20 distinct images, the epoch order's first 20.
            assertThat(Arrays.stream(seen).distinct().count()).isEqualTo(perEpoch * BATCH);
            assertThat(seen).containsExactly(Arrays.copyOf(source.order(epoch), perEpoch * BATCH));
        }
    }

    @Test
    void aBatchIsAPureFunctionOfItsIndexAndEpochsAreReshuffled() {
        INDArray images = images();
        ShuffledEpochs first = epochs(images, 5);
        ShuffledEpochs second = epochs(images, 5);
        // Draw in different orders: the cache must never leak one epoch's order into another.
        INDArray late = first.batch(9, BATCH);
        INDArray early = first.batch(1, BATCH);
        assertThat(second.batch(1, BATCH)).isEqualTo(early);
        assertThat(second.batch(9, BATCH)).isEqualTo(late);
        int[] sorted = first.order(0).clone();
        Arrays.sort(sorted);
        assertThat(sorted).containsExactly(java.util.stream.IntStream.range(0, IMAGES).toArray());
        // Two independent shuffles of 23 items coincide with probability 1/23!: never, in practice.
        assertThat(first.order(1)).isNotEqualTo(first.order(0));
        assertThat(epochs(images, 6).order(0)).isNotEqualTo(first.order(0));
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
