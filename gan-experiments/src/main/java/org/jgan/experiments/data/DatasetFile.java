package org.jgan.experiments.data;

/** The four files of an MNIST-like data set, under the names the original distributions use. */
public enum DatasetFile {
    /** The 60,000 training images. */
    TRAIN_IMAGES("train-images-idx3-ubyte.gz"),
    /** Their labels. */
    TRAIN_LABELS("train-labels-idx1-ubyte.gz"),
    /** The 10,000 test images. */
    TEST_IMAGES("t10k-images-idx3-ubyte.gz"),
    /** Their labels. */
    TEST_LABELS("t10k-labels-idx1-ubyte.gz");

    private final String fileName;

    DatasetFile(String fileName) {
        this.fileName = fileName;
    }

    /** The file's name in a data directory and on the mirrors. */
    public String fileName() {
        return fileName;
    }

    /** All four names, comma-separated, for messages. */
    public static String allNames() {
        StringBuilder names = new StringBuilder();
        for (DatasetFile file : values()) {
            names.append(names.length() == 0 ? "" : ", ").append(file.fileName);
        }
        return names.toString();
    }
}
