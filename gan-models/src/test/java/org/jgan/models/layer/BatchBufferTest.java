package org.jgan.models.layer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class BatchBufferTest {
    @Test
    void reusesOneArrayPerBatchSizeTypeAndOrder() {
        BatchBuffer buffer = new BatchBuffer(7);
        assertThat(buffer.get(4, DataType.FLOAT, 'c')).isSameAs(buffer.get(4, DataType.FLOAT, 'c'));
        assertThat(buffer.get(4, DataType.FLOAT, 'c').shape()).containsExactly(4, 7);
        assertThat(buffer.get(5, DataType.FLOAT, 'c')).isNotSameAs(buffer.get(4, DataType.FLOAT, 'c'));
        assertThat(buffer.get(4, DataType.DOUBLE, 'c').dataType()).isEqualTo(DataType.DOUBLE);
        assertThat(buffer.get(4, DataType.FLOAT, 'f').ordering()).isEqualTo('f');
    }

    @Test
    void dropsTheLeastRecentlyUsedBeyondCapacity() {
        BatchBuffer buffer = new BatchBuffer(2);
        var first = buffer.get(1, DataType.FLOAT, 'c');
        for (int rows = 2; rows <= BatchBuffer.CAPACITY + 1; rows++) {
            buffer.get(rows, DataType.FLOAT, 'c');
        }
        assertThat(buffer.get(1, DataType.FLOAT, 'c')).isNotSameAs(first);
    }

    @Test
    void constantsAreFilled() {
        assertThat(BatchBuffer.constant(1, 1.0).get(3, DataType.DOUBLE, 'c').toDoubleVector())
                .containsExactly(1, 1, 1);
    }
}
