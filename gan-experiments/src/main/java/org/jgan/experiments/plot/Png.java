package org.jgan.experiments.plot;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import javax.imageio.ImageIO;

/**
 * Canvases and atomic PNG files. Loading this class selects headless AWT (unless the JVM was told
 * otherwise), so plots render on machines without a display.
 */
final class Png {
    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Png() {
    }

    /** A white RGB canvas; the caller draws on it through {@link #graphics}. */
    static BufferedImage canvas(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Theme.BACKGROUND);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    /** A graphics context on {@code image} with the quality rendering hints set. */
    static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        Theme.applyHints(g);
        return g;
    }

    /**
     * Writes {@code image} to {@code target} as PNG: into a temporary file beside it, then an atomic rename,
     * so a reader never sees a half-written plot. Missing parent directories are created.
     */
    static void write(BufferedImage image, Path target) {
        Path directory = target.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            // Not Files.createTempFile: its owner-only permissions would survive the rename.
            temporary = directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW)) {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IllegalStateException("no PNG writer in this JVM");
                }
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // The write itself already succeeded or failed with its own exception; a stray temp file is harmless.
        }
    }
}
