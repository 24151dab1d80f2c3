package org.jgan.experiments.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.jgan.experiments.data.IdxFiles.concat;
import static org.jgan.experiments.data.IdxFiles.header;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jgan.core.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ImageDatasetTest {
    @TempDir
    Path dir;

    private static ImageDataset mnist() {
        return SharedData.load(KnownDataset.MNIST);
    }

    private static ImageDataset fashion() {
        return SharedData.load(KnownDataset.FASHION_MNIST);
    }

    /**
     * Mean pixel of the 60,000 training-file images. Rows are summed in float (784 terms of at most 1: relative
     * error below 1e-6), then across rows in double, far inside the ±5e-5 the published constants allow.
     */
    private static double trainingFileMean(ImageDataset dataset) {
        double sum = 0;
        for (Split split : new Split[] {Split.TRAIN, Split.VALIDATION}) {
            INDArray images = dataset.images(split, DataType.FLOAT);
            sum += images.sum(1).castTo(DataType.DOUBLE).sumNumber().doubleValue();
        }
        return sum / (60_000.0 * 784);
    }

    @Test
    void mnistHasTheAuthorsSplits() {
        ImageDataset mnist = mnist();

        assertThat(mnist.size(Split.TRAIN)).isEqualTo(50_000);
        assertThat(mnist.size(Split.VALIDATION)).isEqualTo(10_000);
        assertThat(mnist.size(Split.TEST)).isEqualTo(10_000);
        assertThat(mnist.pixelsPerImage()).isEqualTo(784);
        assertThat(mnist.labels(Split.TRAIN)).hasSize(50_000).startsWith(5, 0, 4, 1, 9, 2, 1, 3, 1, 4);
        assertThat(mnist.labels(Split.TEST)).startsWith(7, 2, 1, 0, 4, 1, 4, 9, 5, 9);
        // Validation starts at training example 50,000.
        IdxLabels trainLabels = IdxReader.readLabels(
                SharedData.require(KnownDataset.MNIST).resolve(DatasetFile.TRAIN_LABELS.fileName()));
        assertThat(mnist.labels(Split.VALIDATION)[0]).isEqualTo(trainLabels.label(50_000));
        assertThat(mnist.labels(Split.VALIDATION)[9_999]).isEqualTo(trainLabels.label(59_999));
    }

    @Test
    void pixelsAreBytesOver255WithTheWellKnownMean() {
        INDArray firstHundred = mnist().images(Split.TEST, 0, 100, DataType.DOUBLE);

        assertThat(firstHundred.shape()).containsExactly(100, 784);
        assertThat(firstHundred.minNumber().doubleValue()).isEqualTo(0.0);
        assertThat(firstHundred.maxNumber().doubleValue()).isEqualTo(1.0);
        double mean = trainingFileMean(mnist());
        // 0.1307 is the published pixel mean of the 60,000 MNIST training images (torchvision's normalisation
        // constant), given to four decimals: it pins the scaling b / 255 up to its rounding, ±5e-5.
        assertThat(mean).isCloseTo(0.1307, within(5e-5));
    }

    @Test
    void bytesConvertToTheSamePixelsForEveryByteValue() {
        INDArray everyByte = Nd4j.create(DataType.UINT8, 1, 256);
        for (int b = 0; b < 256; b++) {
            everyByte.data().asNio().put(b, (byte) b);
        }
        float[] floats = ImageDataset.pixels(everyByte, DataType.FLOAT).toFloatVector();
        double[] doubles = ImageDataset.pixels(everyByte, DataType.DOUBLE).toDoubleVector();
        for (int b = 0; b < 256; b++) {
            assertThat(floats[b]).as("byte %d as float", b).isEqualTo(b / 255f);
            assertThat(doubles[b]).as("byte %d as double", b).isEqualTo(b / 255.0);
        }
        ImageDataset mnist = mnist();
        INDArray validationBytes = mnist.pixelBytes(Split.VALIDATION);
        assertThat(validationBytes.shape()).containsExactly(10_000, 784);
        assertThat(ImageDataset.pixels(validationBytes, DataType.FLOAT))
                .isEqualTo(mnist.images(Split.VALIDATION, DataType.FLOAT));
    }

    @Test
    void splitRangesIndexWithinTheSplit() {
        INDArray lastTwoValidation = mnist().images(Split.VALIDATION, 9_998, 10_000, DataType.FLOAT);

        assertThat(lastTwoValidation.shape()).containsExactly(2, 784);
        assertThat(lastTwoValidation.dataType()).isEqualTo(DataType.FLOAT);
        assertThat(mnist().images(Split.TEST).dataType()).isEqualTo(ImageDataset.DEFAULT_TYPE);
        assertThatThrownBy(() -> mnist().images(Split.VALIDATION, 9_999, 10_001, DataType.FLOAT))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void fashionMnistLoadsWithItsOwnMean() {
        assertThat(fashion().labels(Split.TRAIN)).startsWith(9, 0, 0, 3, 0, 2, 7, 2, 5, 5);
        double mean = trainingFileMean(fashion());
        // 0.2860: Fashion-MNIST's published training pixel mean, four decimals.
        assertThat(mean).isCloseTo(0.2860, within(5e-5));
    }

    @Test
    void imagesOfTheWrongSizeAreRejected() throws IOException {
        Files.write(dir.resolve(DatasetFile.TRAIN_IMAGES.fileName()),
                concat(header(IdxReader.IMAGES_MAGIC, 2, 3, 3), new byte[18]));

        assertThatThrownBy(() -> ImageDataset.load(KnownDataset.MNIST, dir))
                .isInstanceOf(ConfigException.class)
                .hasMessage(dir.resolve(DatasetFile.TRAIN_IMAGES.fileName())
                        + ": expected mnist images of 28×28 pixels, found 3×3");
    }

    @Test
    void labelsMustMatchTheImagesOneToOne() throws IOException {
        Path mnist = SharedData.require(KnownDataset.MNIST);
        Files.createSymbolicLink(dir.resolve(DatasetFile.TRAIN_IMAGES.fileName()),
                mnist.resolve(DatasetFile.TRAIN_IMAGES.fileName()));
        Path labels = Files.write(dir.resolve(DatasetFile.TRAIN_LABELS.fileName()),
                concat(header(IdxReader.LABELS_MAGIC, 3), new byte[3]));

        assertThatThrownBy(() -> ImageDataset.load(KnownDataset.MNIST, dir))
                .hasMessage(labels + ": expected 60000 labels, one per image of train-images-idx3-ubyte.gz, found 3");
    }
}
