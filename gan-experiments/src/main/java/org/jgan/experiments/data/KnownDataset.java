package org.jgan.experiments.data;

import java.net.URI;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jgan.core.config.ConfigException;

/**
 * The MNIST-like data sets the experiments know: their names, public mirrors and checksums.
 *
 * <p><b>Checksums.</b> Each file is pinned by the SHA-256 of its <em>decompressed</em> IDX content, not of the
 * {@code .gz} bytes: the same data are published in different gzip wrappings (Debian's
 * {@code dataset-fashion-mnist} recompressed Zalando's files), and a pin on the wrapping would reject good data.
 * <ul>
 *   <li>MNIST: computed from the files in the project's {@code shared/data/mnist}, whose {@code .gz} SHA-256 are
 *       those of its {@code SHA256SUMS} (train images {@code 440fcabf…}, train labels {@code 3552534a…}, test images
 *       {@code 8d422c7b…}, test labels {@code f7ae60f9…}) and whose MD5s are the ones torchvision and TensorFlow
 *       Datasets pin for the original downloads ({@code f68b3c2d…}, {@code d53e105e…}, {@code 9fb629c4…},
 *       {@code ec29112d…}).</li>
 *   <li>Fashion-MNIST: computed from the files in {@code shared/data/fashion-mnist}. Those are Debian's recompressed
 *       copies (their {@code .gz} bytes differ from Zalando's), but their decompressed MD5s ({@code f4a8712d…},
 *       {@code 9018921c…}, {@code 8181f547…}, {@code 15d48437…}) are the published MD5s of Zalando's uncompressed
 *       files, so Zalando's downloads verify too.</li>
 * </ul>
 */
public enum KnownDataset {
    /** MNIST handwritten digits (LeCun, Cortes, Burges; CC BY-SA 3.0). */
    MNIST("mnist",
            List.of(URI.create("https://ossci-datasets.s3.amazonaws.com/mnist/"),
                    URI.create("https://storage.googleapis.com/cvdf-datasets/mnist/")),
            "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
            "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
            "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
            "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2"),
    /** Fashion-MNIST clothing images (Xiao, Rasul, Vollgraf 2017, Zalando Research; MIT). */
    FASHION_MNIST("fashion-mnist",
            List.of(URI.create("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/")),
            "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888",
            "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9",
            "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b",
            "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34");

    /** Images in the training file. */
    public static final int TRAIN_COUNT = 60_000;
    /** Images in the test file. */
    public static final int TEST_COUNT = 10_000;
    /** Pixel rows (and columns) of an image. */
    public static final int IMAGE_SIDE = 28;
    /** Number of classes; labels are 0 .. CLASSES − 1. */
    public static final int CLASSES = 10;

    private final String id;
    private final List<URI> mirrors;
    private final Map<DatasetFile, String> contentSha256 = new EnumMap<>(DatasetFile.class);

    KnownDataset(String id, List<URI> mirrors, String trainImages, String trainLabels, String testImages,
            String testLabels) {
        this.id = id;
        this.mirrors = mirrors;
        contentSha256.put(DatasetFile.TRAIN_IMAGES, trainImages);
        contentSha256.put(DatasetFile.TRAIN_LABELS, trainLabels);
        contentSha256.put(DatasetFile.TEST_IMAGES, testImages);
        contentSha256.put(DatasetFile.TEST_LABELS, testLabels);
    }

    /** The name users type: {@code mnist}, {@code fashion-mnist}; also the data directory's name. */
    public String id() {
        return id;
    }

    /** Base URIs, tried in order; a file's URI is the base resolved against its name. */
    public List<URI> mirrors() {
        return mirrors;
    }

    /** The SHA-256 (lower-case hex) of the decompressed content of {@code file}. */
    public String contentSha256(DatasetFile file) {
        return contentSha256.get(file);
    }

    /**
     * The data set called {@code name} (case-insensitive).
     *
     * @param field the config key or argument that named it, for the error message
     */
    public static KnownDataset byName(String field, String name) {
        for (KnownDataset dataset : values()) {
            if (dataset.id.equalsIgnoreCase(name.trim())) {
                return dataset;
            }
        }
        throw new ConfigException(field, "one of " + names(), name);
    }

    /** The known names, e.g. {@code [mnist, fashion-mnist]}. */
    public static List<String> names() {
        return Arrays.stream(values()).map(KnownDataset::id).collect(Collectors.toList());
    }

    @Override
    public String toString() {
        return id;
    }
}
