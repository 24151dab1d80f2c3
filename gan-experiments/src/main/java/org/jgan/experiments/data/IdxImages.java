package org.jgan.experiments.data;

import java.nio.file.Path;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The images of one IDX file: {@link #count()} images of {@link #rows()}×{@link #columns()} unsigned-byte pixels,
 * kept as the file's bytes and converted to real pixels b / 255 on request.
 *
 * <p>Goodfellow et al. 2014 use these real-valued pixels in [0, 1], not binarized; so does every conversion here.
 */
public final class IdxImages {
    private static final float[] FLOAT_PIXEL = new float[256];
    private static final double[] DOUBLE_PIXEL = new double[256];

    static {
        for (int b = 0; b < 256; b++) {
            FLOAT_PIXEL[b] = b / 255f;
            DOUBLE_PIXEL[b] = b / 255.0;
        }
    }

    private final Path source;
    private final int count;
    private final int rows;
    private final int columns;
    private final byte[] pixels;

    IdxImages(Path source, int count, int rows, int columns, byte[] pixels) {
        this.source = source;
        this.count = count;
        this.rows = rows;
        this.columns = columns;
        this.pixels = pixels;
    }

    /** The file the images came from. */
    public Path source() {
        return source;
    }

    /** Number of images. */
    public int count() {
        return count;
    }

    /** Pixel rows per image. */
    public int rows() {
        return rows;
    }

    /** Pixel columns per image. */
    public int columns() {
        return columns;
    }

    /** Pixels per image, rows·columns: the width of a row of {@link #toMatrix}. */
    public int pixelsPerImage() {
        return rows * columns;
    }

    /** The byte value 0..255 of pixel {@code index} (row-major) of image {@code image}. */
    public int pixel(int image, int index) {
        Objects.checkIndex(image, count);
        Objects.checkIndex(index, pixelsPerImage());
        return pixels[image * pixelsPerImage() + index] & 0xff;
    }

    /**
     * Images {@code [from, to)} as a matrix of shape [to − from, rows·columns] with entries b / 255.
     *
     * @param type FLOAT (the default of the experiments) or DOUBLE are built directly; any other type is cast
     *             from FLOAT
     */
    public INDArray toMatrix(int from, int to, DataType type) {
        long[] shape = {to - from, pixelsPerImage()};
        if (type == DataType.DOUBLE) {
            return Nd4j.create(toDoubles(from, to), shape, DataType.DOUBLE);
        }
        INDArray matrix = Nd4j.create(toFloats(from, to), shape, DataType.FLOAT);
        return type == DataType.FLOAT ? matrix : matrix.castTo(type);
    }

    /** Images {@code [from, to)} row-major as floats b / 255. */
    public float[] toFloats(int from, int to) {
        Objects.checkFromToIndex(from, to, count);
        int start = from * pixelsPerImage();
        float[] values = new float[(to - from) * pixelsPerImage()];
        for (int i = 0; i < values.length; i++) {
            values[i] = FLOAT_PIXEL[pixels[start + i] & 0xff];
        }
        return values;
    }

    private double[] toDoubles(int from, int to) {
        Objects.checkFromToIndex(from, to, count);
        int start = from * pixelsPerImage();
        double[] values = new double[(to - from) * pixelsPerImage()];
        for (int i = 0; i < values.length; i++) {
            values[i] = DOUBLE_PIXEL[pixels[start + i] & 0xff];
        }
        return values;
    }

    @Override
    public String toString() {
        return "IdxImages(" + source + ": " + count + " images of " + rows + "×" + columns + ")";
    }
}
