package org.jgan.experiments.data;

import java.nio.file.Path;
import java.util.Objects;
import org.jgan.core.config.ConfigException;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An MNIST-like data set read from its four IDX files and checked for shape: 60,000 training and 10,000 test
 * images of 28×28 pixels, as many labels, each label in 0..9. Offers the authors' {@link Split}s as pixel
 * matrices b / 255, or as the bytes b themselves for data read many times over ({@link #pixelBytes}).
 */
public final class ImageDataset {
    /** The type of image matrices unless another is asked for: float32, as the experiments train in. */
    public static final DataType DEFAULT_TYPE = DataType.FLOAT;

    private static final int MAX_BYTE = 255;

    private final KnownDataset dataset;
    private final IdxImages trainImages;
    private final IdxLabels trainLabels;
    private final IdxImages testImages;
    private final IdxLabels testLabels;

    private ImageDataset(KnownDataset dataset, IdxImages trainImages, IdxLabels trainLabels, IdxImages testImages,
            IdxLabels testLabels) {
        this.dataset = dataset;
        this.trainImages = trainImages;
        this.trainLabels = trainLabels;
        this.testImages = testImages;
        this.testLabels = testLabels;
    }

    /**
     * Reads {@code dataset}'s four files from {@code directory} (see {@link DatasetLocator} for finding it).
     *
     * @throws ConfigException naming the file when one is missing, malformed, or of the wrong shape
     */
    public static ImageDataset load(KnownDataset dataset, Path directory) {
        IdxImages trainImages = images(dataset, directory, DatasetFile.TRAIN_IMAGES, KnownDataset.TRAIN_COUNT);
        IdxLabels trainLabels = labels(directory, DatasetFile.TRAIN_LABELS, trainImages);
        IdxImages testImages = images(dataset, directory, DatasetFile.TEST_IMAGES, KnownDataset.TEST_COUNT);
        IdxLabels testLabels = labels(directory, DatasetFile.TEST_LABELS, testImages);
        return new ImageDataset(dataset, trainImages, trainLabels, testImages, testLabels);
    }

    /** Which data set this is. */
    public KnownDataset dataset() {
        return dataset;
    }

    /** Pixels per image (784): the width of an image matrix. */
    public int pixelsPerImage() {
        return trainImages.pixelsPerImage();
    }

    /** Number of images in {@code split}. */
    public int size(Split split) {
        return split.end(file(split).count()) - split.start();
    }

    /** All images of {@code split} in {@link #DEFAULT_TYPE}, shape [size, 784], entries b / 255. */
    public INDArray images(Split split) {
        return images(split, DEFAULT_TYPE);
    }

    /** All images of {@code split}, shape [size, 784], entries b / 255. */
    public INDArray images(Split split, DataType type) {
        return images(split, 0, size(split), type);
    }

    /** Images {@code [from, to)} of {@code split} (indices within the split), shape [to − from, 784]. */
    public INDArray images(Split split, int from, int to, DataType type) {
        Objects.checkFromToIndex(from, to, size(split));
        return file(split).toMatrix(split.start() + from, split.start() + to, type);
    }

    /** All images of {@code split} as bytes: a {@link DataType#UINT8} matrix [size, 784] with entries b. */
    public INDArray pixelBytes(Split split) {
        return file(split).toBytes(split.start(), split.end(file(split).count()));
    }

    /**
     * Pixels b / 255 in {@code type} from a matrix of bytes b ({@link #pixelBytes}): the same numbers
     * {@link #images(Split, DataType)} gives, since both divide correctly rounded in {@code type}.
     */
    public static INDArray pixels(INDArray bytes, DataType type) {
        return bytes.castTo(type).divi(MAX_BYTE);
    }

    /** The labels of {@code split}, in the order of its images. */
    public int[] labels(Split split) {
        IdxLabels labels = split.fromTrainingFile() ? trainLabels : testLabels;
        return labels.toArray(split.start(), split.end(labels.count()));
    }

    private IdxImages file(Split split) {
        return split.fromTrainingFile() ? trainImages : testImages;
    }

    private static IdxImages images(KnownDataset dataset, Path directory, DatasetFile name, int expectedCount) {
        IdxImages images = IdxReader.readImages(directory.resolve(name.fileName()));
        int side = KnownDataset.IMAGE_SIDE;
        if (images.rows() != side || images.columns() != side) {
            throw ConfigException.withMessage(images.source().toString(), "expected " + dataset + " images of "
                    + side + "×" + side + " pixels, found " + images.rows() + "×" + images.columns());
        }
        if (images.count() != expectedCount) {
            throw ConfigException.withMessage(images.source().toString(),
                    "expected " + expectedCount + " " + dataset + " images, found " + images.count());
        }
        return images;
    }

    private static IdxLabels labels(Path directory, DatasetFile name, IdxImages images) {
        IdxLabels labels = IdxReader.readLabels(directory.resolve(name.fileName()));
        if (labels.count() != images.count()) {
            throw ConfigException.withMessage(labels.source().toString(), "expected " + images.count()
                    + " labels, one per image of " + images.source().getFileName() + ", found " + labels.count());
        }
        for (int i = 0; i < labels.count(); i++) {
            if (labels.label(i) >= KnownDataset.CLASSES) {
                throw ConfigException.withMessage(labels.source().toString(), "label " + i + " is "
                        + labels.label(i) + ", expected 0.." + (KnownDataset.CLASSES - 1));
            }
        }
        return labels;
    }

    @Override
    public String toString() {
        return "ImageDataset(" + dataset + ": " + trainImages.count() + " training, " + testImages.count()
                + " test images of " + trainImages.rows() + "×" + trainImages.columns() + ")";
    }
}
