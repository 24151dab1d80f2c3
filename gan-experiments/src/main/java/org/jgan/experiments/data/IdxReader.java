package org.jgan.experiments.data;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.jgan.core.config.ConfigException;

/**
 * Reads IDX files, the format of MNIST (LeCun, Cortes, Burges) and Fashion-MNIST, raw or gzip-compressed.
 *
 * <p>A file is gzip-compressed when it starts with the gzip magic bytes {@code 1f 8b} (RFC 1952), whatever its
 * name. The IDX layout is big-endian: a 4-byte magic number {@code 0x0000TTNN} (TT = 0x08, unsigned bytes; NN =
 * number of dimensions), NN 4-byte sizes, then the elements in row-major order:
 * <ul>
 *   <li>images: magic {@value #IMAGES_MAGIC} ({@code 0x00000803}), count, rows, columns, then
 *       count·rows·columns pixel bytes;</li>
 *   <li>labels: magic {@value #LABELS_MAGIC} ({@code 0x00000801}), count, then count label bytes.</li>
 * </ul>
 *
 * <p>Every defect is a {@link ConfigException} whose field is the file: a missing file, a broken gzip stream, a
 * wrong magic number, an impossible header, a body shorter than the header announces ("truncated: header says
 * 10000 images of 28×28 = 7840000 bytes, found 123456") or longer.
 */
public final class IdxReader {
    /** Magic number of an IDX file of unsigned-byte images: type 0x08, 3 dimensions. */
    public static final int IMAGES_MAGIC = 0x00000803;
    /** Magic number of an IDX file of unsigned-byte labels: type 0x08, 1 dimension. */
    public static final int LABELS_MAGIC = 0x00000801;

    /** The largest body a Java byte array holds (some VMs reserve a few header words). */
    private static final long MAX_BODY_BYTES = Integer.MAX_VALUE - 8;

    private IdxReader() {
    }

    /** Reads an IDX image file (magic {@value #IMAGES_MAGIC}). */
    public static IdxImages readImages(Path file) {
        try (Input in = Input.open(file)) {
            int[] header = in.header(IMAGES_MAGIC, 3, "image");
            int count = header[0];
            int rows = header[1];
            int columns = header[2];
            if (count < 0 || rows < 1 || columns < 1) {
                throw in.error("invalid header: " + count + " images of " + rows + "×" + columns
                        + " (a count >= 0 and sizes >= 1 expected)");
            }
            long bytes = (long) count * rows * columns;
            String announced = "header says " + count + " images of " + rows + "×" + columns + " = " + bytes + " bytes";
            byte[] pixels = in.body(bytes, announced);
            return new IdxImages(file, count, rows, columns, pixels);
        }
    }

    /** Reads an IDX label file (magic {@value #LABELS_MAGIC}). */
    public static IdxLabels readLabels(Path file) {
        try (Input in = Input.open(file)) {
            int count = in.header(LABELS_MAGIC, 1, "label")[0];
            if (count < 0) {
                throw in.error("invalid header: " + count + " labels (a count >= 0 expected)");
            }
            byte[] labels = in.body(count, "header says " + count + " labels = " + count + " bytes");
            return new IdxLabels(file, labels);
        }
    }

    /** A file's decompressed byte stream, counting what it delivered so that every error can say how much it found. */
    private static final class Input implements AutoCloseable {
        private final Path file;
        private final InputStream stream;
        private final boolean gzip;
        private long consumed;

        private Input(Path file, InputStream stream, boolean gzip) {
            this.file = file;
            this.stream = stream;
            this.gzip = gzip;
        }

        static Input open(Path file) {
            try {
                InputStream stream = Decompressed.open(file);
                return new Input(file, stream, stream instanceof GZIPInputStream);
            } catch (NoSuchFileException e) {
                throw ConfigException.withMessage(file.toString(), "file not found");
            } catch (IOException e) {
                throw ConfigException.withMessage(file.toString(), "cannot read: " + describe(e));
            }
        }

        /** Reads the magic number, checks it, then reads the {@code dimensions} sizes that follow it. */
        int[] header(int expectedMagic, int dimensions, String kind) {
            int headerBytes = 4 * (1 + dimensions);
            String announced = "an IDX " + kind + " header is " + headerBytes + " bytes";
            byte[] bytes = new byte[headerBytes];
            int found = fill(bytes, 0, 4, announced);
            if (found == 4) {
                int magic = bigEndianInt(bytes, 0);
                if (magic != expectedMagic) {
                    throw error("not an IDX " + kind + " file: magic number " + magic + " (" + hex(magic)
                            + "), expected " + expectedMagic + " (" + hex(expectedMagic) + ")" + otherKindHint(magic));
                }
                found += fill(bytes, 4, headerBytes - 4, announced);
            }
            if (found < headerBytes) {
                throw error("truncated: " + announced + ", found " + found);
            }
            int[] sizes = new int[dimensions];
            for (int i = 0; i < dimensions; i++) {
                sizes[i] = bigEndianInt(bytes, 4 * (i + 1));
            }
            return sizes;
        }

        /** Reads exactly {@code length} body bytes and checks that nothing follows them. */
        byte[] body(long length, String announced) {
            if (length > MAX_BODY_BYTES) {
                throw error(announced + ", more than one array can hold");
            }
            byte[] body = new byte[(int) length];
            int found = fill(body, 0, body.length, announced);
            if (found < length) {
                throw error("truncated: " + announced + ", found " + found);
            }
            long extra = skipToEnd(announced);
            if (extra > 0) {
                throw error("longer than its header says: " + announced + ", found " + (length + extra));
            }
            return body;
        }

        ConfigException error(String message) {
            return ConfigException.withMessage(file.toString(), message);
        }

        /** Reads up to {@code length} bytes into {@code buffer} at {@code offset}; returns the number read. */
        private int fill(byte[] buffer, int offset, int length, String announced) {
            int total = 0;
            try {
                while (total < length) {
                    int n = stream.read(buffer, offset + total, length - total);
                    if (n < 0) {
                        break;
                    }
                    total += n;
                    consumed += n;
                }
                return total;
            } catch (IOException e) {
                throw streamError(e, announced);
            }
        }

        private long skipToEnd(String announced) {
            byte[] scratch = new byte[Decompressed.BUFFER_BYTES];
            long extra = 0;
            try {
                for (int n = stream.read(scratch); n >= 0; n = stream.read(scratch)) {
                    extra += n;
                }
                return extra;
            } catch (IOException e) {
                throw streamError(e, announced);
            }
        }

        private ConfigException streamError(IOException e, String announced) {
            if (gzip && e instanceof EOFException) {
                return error("truncated gzip stream: " + announced + ", decompressed " + consumed
                        + " bytes before the compressed data ended");
            }
            if (gzip && e instanceof ZipException) {
                return error("corrupt gzip data after " + consumed + " decompressed bytes (" + describe(e) + ")");
            }
            return error("cannot read after " + consumed + " bytes: " + describe(e));
        }

        @Override
        public void close() {
            try {
                stream.close();
            } catch (IOException ignored) {
                // Read-only: a failed close loses nothing.
            }
        }

        private static String otherKindHint(int magic) {
            if (magic == IMAGES_MAGIC) {
                return "; this is an image file";
            }
            if (magic == LABELS_MAGIC) {
                return "; this is a label file";
            }
            return "";
        }
    }

    private static int bigEndianInt(byte[] bytes, int offset) {
        return (bytes[offset] & 0xff) << 24 | (bytes[offset + 1] & 0xff) << 16 | (bytes[offset + 2] & 0xff) << 8
                | bytes[offset + 3] & 0xff;
    }

    private static String hex(int value) {
        return String.format("0x%08x", value);
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
