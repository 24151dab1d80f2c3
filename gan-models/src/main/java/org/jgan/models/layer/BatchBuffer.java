package org.jgan.models.layer;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A work array {@code [rows, columns]} allocated once per (batch size, type, memory order) and then reused.
 *
 * <p>Allocating off-heap arrays in every pass is what makes an ND4J training process grow to gigabytes, so
 * layers keep their outputs and gradients here. Training alternates a few batch sizes (D sees 2m stacked rows
 * in its own step and m rows in the generator's), so the {@link #CAPACITY} most recently used are kept.
 */
public final class BatchBuffer {
    /** How many (batch size, type, order) combinations are kept before the least recently used is dropped. */
    public static final int CAPACITY = 4;

    private final long columns;
    private final Double fill;
    private final Map<Key, INDArray> arrays = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, INDArray> eldest) {
            return size() > CAPACITY;
        }
    };

    /** @param columns the size of every row */
    public BatchBuffer(long columns) {
        this(columns, null);
    }

    private BatchBuffer(long columns, Double fill) {
        this.columns = columns;
        this.fill = fill;
    }

    /** Arrays created filled with {@code value}, for read-only constants such as a column of ones. */
    public static BatchBuffer constant(long columns, double value) {
        return new BatchBuffer(columns, value);
    }

    /** The array for {@code rows} rows; its contents are whatever was last written into it (or the constant). */
    public INDArray get(long rows, DataType type, char order) {
        return arrays.computeIfAbsent(new Key(rows, type, order), key -> {
            // Detached: the array outlives the training step's workspace it may first be asked for in.
            INDArray array = Nd4j.createUninitializedDetached(type, order, rows, columns);
            return fill == null ? array : array.assign(fill);
        });
    }

    /** The array with the rows, type and memory order of {@code like}. */
    public INDArray like(INDArray like) {
        return get(like.rows(), like.dataType(), like.ordering());
    }

    private record Key(long rows, DataType type, char order) {
    }

    @Override
    public String toString() {
        return "BatchBuffer([batch, " + columns + "]" + (fill == null ? "" : " of " + fill) + ")";
    }
}
