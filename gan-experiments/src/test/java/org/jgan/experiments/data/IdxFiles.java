package org.jgan.experiments.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.GZIPOutputStream;

/** Builds IDX files byte by byte for the tests. */
final class IdxFiles {
    private IdxFiles() {
    }

    /** An IDX header: magic then sizes, big-endian. */
    static byte[] header(int magic, int... sizes) {
        ByteBuffer buffer = ByteBuffer.allocate(4 * (1 + sizes.length));
        buffer.putInt(magic);
        for (int size : sizes) {
            buffer.putInt(size);
        }
        return buffer.array();
    }

    /** The concatenation of {@code parts}. */
    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** {@code bytes} gzip-compressed. */
    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code n} bytes 0, 1, 2, ... (mod 256). */
    static byte[] ramp(int n) {
        byte[] bytes = new byte[n];
        for (int i = 0; i < n; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }
}
