package org.jgan.experiments.metrics;

import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Rows of a FLOAT or DOUBLE matrix read straight from its native buffer into Java doubles, without an intermediate
 * ND4J array (which would be off-heap garbage until the collector notices its small Java handle). Reads are
 * absolute, so threads may share one reader. The matrix must be row-major with unit column stride and rows laid
 * end to end: a dense matrix or a block of its rows.
 */
final class NativeRows {
    private interface Reader {
        double read(int start, double[] into);
    }

    private final Reader reader;
    private final long offset;
    private final int columns;

    private NativeRows(Reader reader, long offset, int columns) {
        this.reader = reader;
        this.offset = offset;
        this.columns = columns;
    }

    /**
     * {@code matrix} itself when {@link #of} can read it, else a row-major DOUBLE copy (for column-major matrices,
     * strided views, or other types).
     */
    static INDArray readable(INDArray matrix) {
        if (matrix.rank() == 2 && hasContiguousRows(matrix)
                && (matrix.dataType() == DataType.FLOAT || matrix.dataType() == DataType.DOUBLE)) {
            return matrix;
        }
        return Nd4j.create(DataType.DOUBLE, matrix.shape(), 'c').assign(matrix);
    }

    /** A reader of {@code matrix}'s rows; rejects layouts whose rows are not contiguous and end to end. */
    static NativeRows of(INDArray matrix) {
        if (matrix.rank() != 2 || !hasContiguousRows(matrix)) {
            throw new IllegalArgumentException("a row-major matrix with contiguous rows is needed, got "
                    + matrix.shapeInfoToString());
        }
        ByteBuffer bytes = matrix.data().asNio();
        int columns = (int) matrix.columns();
        if (matrix.dataType() == DataType.DOUBLE) {
            DoubleBuffer values = bytes.asDoubleBuffer();
            return new NativeRows((start, into) -> {
                values.get(start, into);
                double min = Double.POSITIVE_INFINITY;
                for (double value : into) {
                    min = Math.min(min, value);
                }
                return min;
            }, matrix.offset(), columns);
        }
        if (matrix.dataType() == DataType.FLOAT) {
            FloatBuffer values = bytes.asFloatBuffer();
            // One bulk copy per row into the reading thread's scratch, then widening: element-wise absolute gets
            // cost a bounds check each and do not vectorise. The minimum comes with the widening, for half the
            // time of a second pass, by comparison and a NaN flag: Math.min doubles the loop's cost.
            ThreadLocal<float[]> scratch = ThreadLocal.withInitial(() -> new float[columns]);
            return new NativeRows((start, into) -> {
                float[] row = scratch.get();
                values.get(start, row);
                double min = Double.POSITIVE_INFINITY;
                boolean sawNaN = false;
                for (int j = 0; j < into.length; j++) {
                    double value = row[j];
                    into[j] = value;
                    if (value < min) {
                        min = value;
                    }
                    sawNaN |= value != value;
                }
                return sawNaN ? Double.NaN : min;
            }, matrix.offset(), columns);
        }
        throw new IllegalArgumentException("a FLOAT or DOUBLE matrix is needed, got " + matrix.dataType());
    }

    private static boolean hasContiguousRows(INDArray matrix) {
        return matrix.ordering() == 'c' && matrix.stride(1) == 1 && matrix.stride(0) == matrix.columns();
    }

    /** Columns per row: the length {@link #read} fills. */
    int columns() {
        return columns;
    }

    /**
     * Copies row {@code row} into {@code into}, which has {@link #columns()} entries.
     *
     * @return the row's smallest entry, found during the copy (the Parzen kernel's stabiliser); NaN if the row
     *         holds a NaN
     */
    double read(long row, double[] into) {
        return reader.read(Math.toIntExact(offset + row * columns), into);
    }
}
