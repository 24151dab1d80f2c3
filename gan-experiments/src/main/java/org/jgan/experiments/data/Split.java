package org.jgan.experiments.data;

/**
 * The authors' split of an MNIST-like data set (goodfeli/adversarial, {@code mnist.yaml} and
 * {@code parzen_ll.py}): the GAN trains on the first 50,000 training images, the Parzen window bandwidth is chosen
 * on images of train[50000:60000], and the score is the mean over the 10,000 test images.
 */
public enum Split {
    /** train[0:50000]: what the model learns from. */
    TRAIN,
    /** train[50000:60000]: held out from training; the Parzen σ is chosen on its first 1,000 images. */
    VALIDATION,
    /** t10k, all 10,000 images: what Table 1 reports. */
    TEST;

    /** Images of the training file that form {@link #TRAIN}. */
    public static final int TRAIN_SIZE = 50_000;

    /** Whether the split's images come from the training file (else the test file). */
    public boolean fromTrainingFile() {
        return this != TEST;
    }

    /** First index of the split in its file. */
    public int start() {
        return this == VALIDATION ? TRAIN_SIZE : 0;
    }

    /** One past the last index of the split in a file of {@code fileCount} images. */
    public int end(int fileCount) {
        return this == TRAIN ? TRAIN_SIZE : fileCount;
    }
}
