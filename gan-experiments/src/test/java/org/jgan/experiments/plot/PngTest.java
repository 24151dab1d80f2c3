package org.jgan.experiments.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngTest {
    @Test
    void rewritingReplacesTheFileAndLeavesNoTemporaryFiles(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plot.png");
        Png.write(Png.canvas(200, 150), file);
        Png.write(Png.canvas(300, 120), file);
        BufferedImage read = ImageIO.read(file.toFile());
        assertThat(read.getWidth()).isEqualTo(300);
        assertThat(read.getHeight()).isEqualTo(120);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void writtenFileIsReadableByOthersLikeAnyNewFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plot.png");
        Png.write(Png.canvas(200, 150), file);
        Path reference = Files.createFile(dir.resolve("reference"));
        // The rename keeps the temporary file's permissions; they must be the umask's, not owner-only.
        assertThat(Files.getPosixFilePermissions(file).contains(PosixFilePermission.OTHERS_READ))
                .isEqualTo(Files.getPosixFilePermissions(reference).contains(PosixFilePermission.OTHERS_READ));
    }
}
