package org.jgan.experiments.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens a file as its decompressed content: gunzipped when it starts with the gzip magic bytes 1f 8b (RFC 1952). */
final class Decompressed {
    static final int BUFFER_BYTES = 1 << 16;
    private static final int GZIP_MAGIC_0 = 0x1f;
    private static final int GZIP_MAGIC_1 = 0x8b;

    private Decompressed() {
    }

    /** A buffered stream of the file's content; a {@link GZIPInputStream} exactly when the file is gzip data. */
    static InputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES);
        try {
            raw.mark(2);
            boolean gzip = raw.read() == GZIP_MAGIC_0 && raw.read() == GZIP_MAGIC_1;
            raw.reset();
            return gzip ? new GZIPInputStream(raw, BUFFER_BYTES) : raw;
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }
}
