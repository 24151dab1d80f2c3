package org.jgan.experiments.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jgan.core.config.ConfigException;

/**
 * Downloads a data set's four files from its public mirrors into a directory (normally
 * {@link DatasetLocator#cacheDirectory}), verifying each against the checksum built into {@link KnownDataset}.
 *
 * <p>For each file: a copy already present with the right checksum is kept. Otherwise the mirrors are tried in
 * order; a download goes to a temporary file in the target directory, its decompressed content's SHA-256 is
 * compared with the pinned one, and only a verified file is renamed into place (atomically), so an interrupted
 * or corrupt download never leaves a file under the real name. A mirror that fails (network error, HTTP error,
 * checksum mismatch) is reported and the next one is tried; when all fail, the error lists every mirror's
 * failure. Progress goes to the given stream (stderr on the command line).
 */
public final class DatasetFetcher {
    /** Opens a URI for reading: the network, or a stand-in in tests. */
    @FunctionalInterface
    public interface Transport {
        /** Starts a download; the caller closes the body. */
        Download open(URI uri) throws IOException;
    }

    /**
     * An open download.
     *
     * @param body   the bytes
     * @param length the announced length in bytes, or a negative number when unknown
     */
    public record Download(InputStream body, long length) {
    }

    private static final double MEGABYTE = 1e6;

    private final Transport transport;
    private final PrintStream progress;

    /**
     * @param transport how to open a URI
     * @param progress  where progress lines go
     */
    public DatasetFetcher(Transport transport, PrintStream progress) {
        this.transport = transport;
        this.progress = progress;
    }

    /** A fetcher over HTTP(S) that reports progress on stderr. */
    public static DatasetFetcher overHttp() {
        return new DatasetFetcher(new HttpTransport(), System.err);
    }

    /**
     * Makes {@code directory} hold verified copies of {@code dataset}'s four files.
     *
     * @return {@code directory}
     * @throws ConfigException when a file could not be obtained from any mirror, saying why for each
     */
    public Path fetch(KnownDataset dataset, Path directory) {
        Map<String, String> pins = new LinkedHashMap<>();
        for (DatasetFile file : DatasetFile.values()) {
            pins.put(file.fileName(), dataset.contentSha256(file));
        }
        return fetch(dataset.id(), dataset.mirrors(), pins, directory);
    }

    /**
     * The general case: files named by the keys of {@code contentSha256}, each verified against its value.
     *
     * @param name the data set's name, for messages
     */
    Path fetch(String name, List<URI> mirrors, Map<String, String> contentSha256, Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw ConfigException.withMessage(directory.toString(), "cannot create the directory: " + e);
        }
        for (Map.Entry<String, String> pin : contentSha256.entrySet()) {
            fetchFile(name, mirrors, pin.getKey(), pin.getValue(), directory);
        }
        return directory;
    }

    private void fetchFile(String name, List<URI> mirrors, String fileName, String expected, Path directory) {
        String label = name + "/" + fileName;
        Path target = directory.resolve(fileName);
        if (Files.isRegularFile(target)) {
            if (expected.equalsIgnoreCase(checksumOrNull(target))) {
                progress.println(label + ": present, checksum OK");
                return;
            }
            progress.println(label + ": present but its checksum does not match; downloading it again");
        }
        List<String> failures = new ArrayList<>();
        for (URI mirror : mirrors) {
            URI uri = mirror.resolve(fileName);
            String failure = tryMirror(uri, label, expected, target);
            if (failure == null) {
                return;
            }
            progress.println(label + ": " + uri + " failed: " + failure);
            failures.add(uri + ": " + failure);
        }
        throw ConfigException.withMessage(label, "could not download a verified copy from any mirror ("
                + String.join("; ", failures) + "). Check the network connection or proxy, or download the file"
                + " by hand and pass --set " + DatasetLocator.DATA_DIR_KEY + "=DIR.");
    }

    /** Downloads {@code uri} and moves it to {@code target} if its checksum is {@code expected}; else says why not. */
    private String tryMirror(URI uri, String label, String expected, Path target) {
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".part");
            download(uri, temp, label);
            String actual = ContentChecksum.sha256(temp);
            if (!actual.equalsIgnoreCase(expected)) {
                return "SHA-256 of the decompressed content is " + actual + ", expected " + expected;
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            progress.println(label + ": downloaded from " + uri + ", checksum OK");
            return null;
        } catch (IOException e) {
            return e.getMessage() == null ? e.toString() : e.getClass().getSimpleName() + ": " + e.getMessage();
        } finally {
            deleteQuietly(temp);
        }
    }

    private void download(URI uri, Path temp, String label) throws IOException {
        Download download = transport.open(uri);
        try (InputStream in = download.body(); OutputStream out = Files.newOutputStream(temp)) {
            byte[] buffer = new byte[Decompressed.BUFFER_BYTES];
            long copied = 0;
            long shown = -1;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                copied += n;
                long step = download.length() > 0 ? 100 * copied / download.length() : copied / (long) MEGABYTE;
                if (step != shown) {
                    shown = step;
                    progress.print("\r" + label + ": " + amount(copied, download.length()));
                }
            }
            progress.println();
        }
    }

    private static String amount(long copied, long length) {
        if (length > 0) {
            return String.format(Locale.ROOT, "%.1f of %.1f MB (%d%%)", copied / MEGABYTE, length / MEGABYTE,
                    100 * copied / length);
        }
        return String.format(Locale.ROOT, "%.1f MB", copied / MEGABYTE);
    }

    private static String checksumOrNull(Path file) {
        try {
            return ContentChecksum.sha256(file);
        } catch (IOException e) {
            return null;
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover ".part" file is harmless: its name is never one the locator looks for.
        }
    }

    @Override
    public String toString() {
        return "DatasetFetcher(" + transport + ")";
    }
}
