package org.jgan.experiments.data;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
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
    /** Pixels converted per pass of {@link #toMatrix}: 1,000 MNIST images. */
    static final int CHUNK_PIXELS = 784_000;
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
     * Images {@code [from, to)} as a matrix of shape [to − from, rows·columns] with entries b / 255, written
     * straight into the matrix's native buffer {@value #CHUNK_PIXELS} pixels at a time, so that converting
     * 50,000 images does not first build their 157 MB of floats on the Java heap.
     *
     * @param type FLOAT (the default of the experiments) or DOUBLE are built directly; any other type is cast
     *             from FLOAT
     */
    public INDArray toMatrix(int from, int to, DataType type) {
        Objects.checkFromToIndex(from, to, count);
        DataType built = type == DataType.DOUBLE ? DataType.DOUBLE : DataType.FLOAT;
        INDArray matrix = Nd4j.create(built, (long) to - from, pixelsPerImage());
        int start = from * pixelsPerImage();
        int length = (to - from) * pixelsPerImage();
        if (built == DataType.DOUBLE) {
            DoubleBuffer target = matrix.data().asNioDouble();
            double[] chunk = new double[Math.min(CHUNK_PIXELS, length)];
            for (int done = 0; done < length; done += chunk.length) {
                int n = Math.min(chunk.length, length - done);
                for (int i = 0; i < n; i++) {
                    chunk[i] = DOUBLE_PIXEL[pixels[start + done + i] & 0xff];
                }
                target.put(chunk, 0, n);
            }
        } else {
            FloatBuffer target = matrix.data().asNioFloat();
            for (int done = 0; done < length; done += CHUNK_PIXELS) {
                int n = Math.min(CHUNK_PIXELS, length - done);
                target.put(pixelsAsFloats(start + done, n), 0, n);
            }
        }
        return type == built ? matrix : matrix.castTo(type);
    }

    /**
     * Images {@code [from, to)} as their bytes, a {@link DataType#UINT8} matrix of shape [to − from, rows·columns]
     * with entries b: a quarter of the memory of {@link #toMatrix}'s floats, for images read over and over in
     * batches ({@link ImageDataset#pixels} converts a batch).
     */
    public INDArray toBytes(int from, int to) {
        Objects.checkFromToIndex(from, to, count);
        INDArray matrix = Nd4j.create(DataType.UINT8, (long) to - from, pixelsPerImage());
        matrix.data().asNio().put(pixels, from * pixelsPerImage(), (to - from) * pixelsPerImage());
        return matrix;
    }

    /** Images {@code [from, to)} row-major as floats b / 255. */
    public float[] toFloats(int from, int to) {
        Objects.checkFromToIndex(from, to, count);
        return pixelsAsFloats(from * pixelsPerImage(), (to - from) * pixelsPerImage());
    }

    private float[] pixelsAsFloats(int startPixel, int length) {
        float[] values = new float[length];
        for (int i = 0; i < length; i++) {
            values[i] = FLOAT_PIXEL[pixels[startPixel + i] & 0xff];
        }
        return values;
    }

    @Override
    public String toString() {
        return "IdxImages(" + source + ": " + count + " images of " + rows + "×" + columns + ")";
    }
}
