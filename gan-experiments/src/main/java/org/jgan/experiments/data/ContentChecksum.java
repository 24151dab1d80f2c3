package org.jgan.experiments.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jgan.core.config.ConfigException;

/**
 * The SHA-256 of a file's decompressed content (the file itself when it is not gzip data): the checksum
 * {@link KnownDataset} pins, independent of how a mirror compressed the file.
 */
public final class ContentChecksum {
    private ContentChecksum() {
    }

    /**
     * Lower-case hex SHA-256 of the decompressed content of {@code file}.
     *
     * @throws IOException when the file cannot be read or its gzip data are corrupt or truncated
     */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[Decompressed.BUFFER_BYTES];
        try (InputStream in = Decompressed.open(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Checks that {@code file}'s content has the SHA-256 {@code expected}.
     *
     * @throws ConfigException naming the file when it cannot be read or its checksum differs
     */
    public static void verify(Path file, String expected) {
        String actual;
        try {
            actual = sha256(file);
        } catch (IOException e) {
            throw ConfigException.withMessage(file.toString(), "cannot read for its checksum: " + e);
        }
        if (!actual.equalsIgnoreCase(expected)) {
            throw ConfigException.withMessage(file.toString(), "SHA-256 of the decompressed content is " + actual
                    + ", expected " + expected + ": the file is corrupt or not the published data");
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
