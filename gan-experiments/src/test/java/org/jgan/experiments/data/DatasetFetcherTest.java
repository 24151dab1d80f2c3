package org.jgan.experiments.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jgan.experiments.data.IdxFiles.concat;
import static org.jgan.experiments.data.IdxFiles.gzip;
import static org.jgan.experiments.data.IdxFiles.header;
import static org.jgan.experiments.data.IdxFiles.ramp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jgan.core.config.ConfigException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fetcher's verification and fallback logic, with a stand-in transport: no network. */
class DatasetFetcherTest {
    private static final URI FIRST = URI.create("https://first.example/data/");
    private static final URI SECOND = URI.create("https://second.example/data/");
    private static final String NAME = "labels.gz";

    @TempDir
    Path dir;
    private final Map<URI, byte[]> served = new HashMap<>();
    private final List<URI> requested = new ArrayList<>();
    private final ByteArrayOutputStream progressBytes = new ByteArrayOutputStream();
    private DatasetFetcher fetcher;
    private byte[] content;
    private String pin;

    @BeforeEach
    void setUp() throws IOException {
        DatasetFetcher.Transport transport = uri -> {
            requested.add(uri);
            byte[] bytes = served.get(uri);
            if (bytes == null) {
                throw new IOException("HTTP status 404");
            }
            return new DatasetFetcher.Download(new ByteArrayInputStream(bytes), bytes.length);
        };
        fetcher = new DatasetFetcher(transport, new PrintStream(progressBytes, true, StandardCharsets.UTF_8));
        content = concat(header(IdxReader.LABELS_MAGIC, 300), ramp(300));
        Path reference = Files.write(dir.resolve("reference"), content);
        pin = ContentChecksum.sha256(reference);
        Files.delete(reference);
    }

    private Path fetch() {
        return fetcher.fetch("toy", List.of(FIRST, SECOND), Map.of(NAME, pin), dir.resolve("cache"));
    }

    private String progress() {
        return progressBytes.toString(StandardCharsets.UTF_8);
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
        }
    }

    @Test
    void aCorruptMirrorIsRejectedAndTheNextOneUsed() throws IOException {
        byte[] corrupt = content.clone();
        corrupt[100] ^= 1;
        served.put(FIRST.resolve(NAME), gzip(corrupt));
        served.put(SECOND.resolve(NAME), gzip(content));

        Path cache = fetch();

        assertThat(ContentChecksum.sha256(cache.resolve(NAME))).isEqualTo(pin);
        assertThat(leftovers()).isEmpty();
        assertThat(requested).containsExactly(FIRST.resolve(NAME), SECOND.resolve(NAME));
        assertThat(progress()).contains("toy/labels.gz: " + FIRST.resolve(NAME) + " failed: SHA-256 of the"
                + " decompressed content is ").contains("downloaded from " + SECOND.resolve(NAME) + ", checksum OK");
    }

    @Test
    void theSameContentInAnotherWrappingVerifies() throws IOException {
        served.put(FIRST.resolve(NAME), content);

        Path cache = fetch();

        assertThat(Files.readAllBytes(cache.resolve(NAME))).isEqualTo(content);
    }

    @Test
    void whenEveryMirrorFailsTheErrorSaysWhyForEachAndNothingIsLeftBehind() throws IOException {
        byte[] whole = gzip(content);
        served.put(SECOND.resolve(NAME), Arrays.copyOf(whole, whole.length - 10));

        assertThatThrownBy(this::fetch)
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("toy/labels.gz: could not download a verified copy from any mirror (")
                .hasMessageContaining(FIRST.resolve(NAME) + ": IOException: HTTP status 404")
                .hasMessageContaining(SECOND.resolve(NAME) + ": EOFException")
                .hasMessageContaining("--set data-dir=DIR");
        assertThat(dir.resolve("cache").resolve(NAME)).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aVerifiedCopyIsKeptWithoutDownloading() throws IOException {
        Files.createDirectories(dir.resolve("cache"));
        Files.write(dir.resolve("cache").resolve(NAME), gzip(content));

        fetch();

        assertThat(requested).isEmpty();
        assertThat(progress()).contains("toy/labels.gz: present, checksum OK");
    }

    @Test
    void aCorruptCopyInPlaceIsReplaced() throws IOException {
        Files.createDirectories(dir.resolve("cache"));
        Files.write(dir.resolve("cache").resolve(NAME), "garbage".getBytes(StandardCharsets.US_ASCII));
        served.put(FIRST.resolve(NAME), gzip(content));

        fetch();

        assertThat(ContentChecksum.sha256(dir.resolve("cache").resolve(NAME))).isEqualTo(pin);
        assertThat(progress()).contains("present but its checksum does not match; downloading it again");
    }

    @Test
    void progressShowsTheAmountDownloaded() {
        served.put(FIRST.resolve(NAME), content);

        fetch();

        assertThat(progress()).contains("\rtoy/labels.gz: 0.0 of 0.0 MB (100%)");
    }

    @Test
    void theBuiltInChecksumsAreThoseOfTheSharedCopies() throws IOException {
        for (KnownDataset dataset : KnownDataset.values()) {
            Path folder = SharedData.require(dataset);
            for (DatasetFile file : DatasetFile.values()) {
                ContentChecksum.verify(folder.resolve(file.fileName()), dataset.contentSha256(file));
            }
        }
    }

    @Test
    void theSharedMnistFilesAreTheOnesInItsSha256Sums() throws IOException, NoSuchAlgorithmException {
        Path folder = SharedData.require(KnownDataset.MNIST);
        List<String> lines = Files.readAllLines(folder.resolve("SHA256SUMS"));
        assertThat(lines).hasSize(4);
        for (String line : lines) {
            String[] parts = line.trim().split("\\s+");
            byte[] gz = Files.readAllBytes(folder.resolve(parts[1]));
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(gz));
            assertThat(sha256).as(parts[1]).isEqualTo(parts[0]);
        }
    }

    @Test
    void aCorruptedCopyOfARealFileFailsVerification() throws IOException {
        Path original = SharedData.require(KnownDataset.MNIST).resolve(DatasetFile.TEST_LABELS.fileName());
        byte[] labels;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(original))) {
            labels = in.readAllBytes();
        }
        labels[8] ^= 1;
        Path copy = Files.write(dir.resolve(DatasetFile.TEST_LABELS.fileName()), gzip(labels));
        String pinned = KnownDataset.MNIST.contentSha256(DatasetFile.TEST_LABELS);

        assertThatThrownBy(() -> ContentChecksum.verify(copy, pinned))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(copy + ": SHA-256 of the decompressed content is ")
                .hasMessageEndingWith(", expected " + pinned + ": the file is corrupt or not the published data");
    }

    @Test
    void fetchesARealDataSetThroughTheTransport() throws IOException {
        Path folder = SharedData.require(KnownDataset.MNIST);
        DatasetFetcher.Transport local = uri -> {
            Path file = folder.resolve(Path.of(uri.getPath()).getFileName().toString());
            return new DatasetFetcher.Download(Files.newInputStream(file), Files.size(file));
        };
        Path target = dir.resolve("mnist");

        new DatasetFetcher(local, new PrintStream(progressBytes, true, StandardCharsets.UTF_8))
                .fetch(KnownDataset.MNIST, target);

        assertThat(ImageDataset.load(KnownDataset.MNIST, target).size(Split.TEST)).isEqualTo(10_000);
        assertThat(progress()).contains("mnist/t10k-labels-idx1-ubyte.gz: downloaded from "
                + KnownDataset.MNIST.mirrors().get(0).resolve("t10k-labels-idx1-ubyte.gz") + ", checksum OK");
    }
}
