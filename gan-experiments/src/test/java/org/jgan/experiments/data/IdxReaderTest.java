package org.jgan.experiments.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.jgan.experiments.data.IdxFiles.concat;
import static org.jgan.experiments.data.IdxFiles.gzip;
import static org.jgan.experiments.data.IdxFiles.header;
import static org.jgan.experiments.data.IdxFiles.ramp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jgan.core.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class IdxReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] maybeGzip(boolean gzip, byte[] bytes) {
        return gzip ? gzip(bytes) : bytes;
    }

    @ParameterizedTest(name = "gzip={0}")
    @ValueSource(booleans = {false, true})
    void readsImagesAsBytesOver255(boolean gzip) throws IOException {
        byte[] pixels = ramp(3 * 2 * 4);
        pixels[5] = (byte) 255;
        Path file = write("images", maybeGzip(gzip, concat(header(IdxReader.IMAGES_MAGIC, 3, 2, 4), pixels)));

        IdxImages images = IdxReader.readImages(file);

        assertThat(images.count()).isEqualTo(3);
        assertThat(images.rows()).isEqualTo(2);
        assertThat(images.columns()).isEqualTo(4);
        assertThat(images.pixel(0, 5)).isEqualTo(255);
        assertThat(images.pixel(2, 7)).isEqualTo(23);
        INDArray matrix = images.toMatrix(1, 3, DataType.DOUBLE);
        assertThat(matrix.shape()).containsExactly(2, 8);
        // Image 1 holds bytes 8..15, so its first pixel is 8 / 255 exactly as a double.
        assertThat(matrix.getDouble(0, 0)).isEqualTo(8 / 255.0);
        assertThat(matrix.getDouble(1, 7)).isEqualTo(23 / 255.0);
        float[] floats = images.toFloats(0, 1);
        assertThat(floats[5]).isEqualTo(1f);
        assertThat(floats[4]).isEqualTo(4 / 255f);
        assertThat(images.toMatrix(0, 3, DataType.FLOAT).dataType()).isEqualTo(DataType.FLOAT);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"FLOAT", "DOUBLE", "HALF"})
    void matricesSpanningSeveralConversionChunksHoldEveryPixel(DataType type) {
        int perImage = 28 * 28;
        int count = IdxImages.CHUNK_PIXELS / perImage * 2 + 3;
        byte[] pixels = new byte[count * perImage];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i * 31 + i / 997);
        }
        IdxImages images = new IdxImages(Path.of("synthetic"), count, 28, 28, pixels);

        INDArray matrix = images.toMatrix(1, count, type).castTo(DataType.DOUBLE);

        assertThat(matrix.shape()).containsExactly(count - 1, perImage);
        double tolerance = type == DataType.HALF ? 1e-3 : type == DataType.FLOAT ? 1e-7 : 0;
        double[] values = matrix.data().asDouble();
        for (int i = 0; i < values.length; i++) {
            assertThat(values[i]).as("pixel %d", i)
                    .isCloseTo((pixels[perImage + i] & 0xff) / 255.0, within(tolerance));
        }
    }

    @ParameterizedTest(name = "gzip={0}")
    @ValueSource(booleans = {false, true})
    void readsLabels(boolean gzip) throws IOException {
        Path file = write("labels", maybeGzip(gzip, concat(header(IdxReader.LABELS_MAGIC, 4), new byte[] {7, 2, 1, 0})));

        IdxLabels labels = IdxReader.readLabels(file);

        assertThat(labels.count()).isEqualTo(4);
        assertThat(labels.toArray(0, 4)).containsExactly(7, 2, 1, 0);
        assertThat(labels.label(1)).isEqualTo(2);
    }

    @ParameterizedTest(name = "gzip={0}")
    @ValueSource(booleans = {false, true})
    void truncatedBodyIsReportedWithWhatTheHeaderPromised(boolean gzip) throws IOException {
        Path file = write("t10k-images-idx3-ubyte.gz",
                maybeGzip(gzip, concat(header(IdxReader.IMAGES_MAGIC, 10000, 28, 28), new byte[123456])));

        assertThatThrownBy(() -> IdxReader.readImages(file))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ": truncated: header says 10000 images of 28×28 = 7840000 bytes, found 123456")
                .extracting(e -> ((ConfigException) e).field()).isEqualTo(file.toString());
    }

    @Test
    void truncatedLabelBodyIsReported() throws IOException {
        Path file = write("labels", concat(header(IdxReader.LABELS_MAGIC, 10), new byte[3]));

        assertThatThrownBy(() -> IdxReader.readLabels(file))
                .hasMessage(file + ": truncated: header says 10 labels = 10 bytes, found 3");
    }

    @Test
    void truncatedHeaderIsReported() throws IOException {
        Path file = write("images", Arrays.copyOf(header(IdxReader.IMAGES_MAGIC, 1, 28, 28), 7));

        assertThatThrownBy(() -> IdxReader.readImages(file))
                .hasMessage(file + ": truncated: an IDX image header is 16 bytes, found 7");
    }

    @Test
    void cutGzipStreamIsReportedAsTruncated() throws IOException {
        byte[] whole = gzip(concat(header(IdxReader.IMAGES_MAGIC, 100, 28, 28), ramp(100 * 28 * 28)));
        Path file = write("images.gz", Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> IdxReader.readImages(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ": truncated gzip stream: header says 100 images of 28×28 = 78400 bytes");
    }

    @Test
    void labelFileReadAsImagesNamesBothMagicNumbers() throws IOException {
        Path file = write("labels", concat(header(IdxReader.LABELS_MAGIC, 1), new byte[1]));

        assertThatThrownBy(() -> IdxReader.readImages(file))
                .hasMessage(file + ": not an IDX image file: magic number 2049 (0x00000801), expected 2051 (0x00000803);"
                        + " this is a label file");
    }

    @Test
    void somethingElseEntirelyIsNotIdx() throws IOException {
        Path file = write("page.html", "<html><body>Not found</body></html>".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> IdxReader.readLabels(file))
                .hasMessageContaining(": not an IDX label file: magic number ")
                .hasMessageEndingWith("expected 2049 (0x00000801)");
    }

    @Test
    void bytesBeyondTheAnnouncedBodyAreRejected() throws IOException {
        Path file = write("labels", gzip(concat(header(IdxReader.LABELS_MAGIC, 2), new byte[5])));

        assertThatThrownBy(() -> IdxReader.readLabels(file))
                .hasMessage(file + ": longer than its header says: header says 2 labels = 2 bytes, found 5");
    }

    @Test
    void impossibleSizesAreRejected() throws IOException {
        Path file = write("images", header(IdxReader.IMAGES_MAGIC, 5, 0, 28));

        assertThatThrownBy(() -> IdxReader.readImages(file))
                .hasMessage(file + ": invalid header: 5 images of 0×28 (a count >= 0 and sizes >= 1 expected)");
    }

    @Test
    void missingFileIsNamed() {
        Path file = dir.resolve("absent.gz");

        assertThatThrownBy(() -> IdxReader.readImages(file)).hasMessage(file + ": file not found");
    }

    @Test
    void readsTheRealMnistTestLabels() {
        Path file = SharedData.require(KnownDataset.MNIST).resolve(DatasetFile.TEST_LABELS.fileName());

        IdxLabels labels = IdxReader.readLabels(file);

        assertThat(labels.count()).isEqualTo(10_000);
        // The first ten MNIST test labels, as every MNIST tutorial prints them.
        assertThat(labels.toArray(0, 10)).containsExactly(7, 2, 1, 0, 4, 1, 4, 9, 5, 9);
    }
}
