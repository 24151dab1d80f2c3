package org.jgan.experiments.mnist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jgan.core.config.ConfigException;
import org.jgan.experiments.data.DatasetFetcher;
import org.jgan.experiments.data.DatasetFile;
import org.jgan.experiments.data.KnownDataset;
import org.jgan.experiments.data.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gan data fetch}, with shared/data standing in for the mirrors (tests never download). */
class DataCommandTest {
    @Test
    void fetchPutsVerifiedCopiesIntoTheGivenDirectory(@TempDir Path dir) throws Exception {
        Path mirror = SharedData.require(KnownDataset.MNIST);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        DatasetFetcher fromSharedData = new DatasetFetcher(uri -> {
            Path file = mirror.resolve(Path.of(uri.getPath()).getFileName().toString());
            return new DatasetFetcher.Download(Files.newInputStream(file), Files.size(file));
        }, new PrintStream(progress, true, StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path target = dir.resolve("mnist");

        DataCommand.run(List.of("fetch", "mnist", "--dir", target.toString()), fromSharedData,
                new PrintStream(out, true, StandardCharsets.UTF_8));

        for (DatasetFile file : DatasetFile.values()) {
            assertThat(target.resolve(file.fileName())).hasSameBinaryContentAs(mirror.resolve(file.fileName()));
        }
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("checksum OK");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("data-dir=" + target);
    }

    @Test
    void unknownDataSetsAndMalformedCommandsAreBadInput() {
        DatasetFetcher never = new DatasetFetcher(uri -> {
            throw new AssertionError("nothing may be downloaded for bad input");
        }, System.err);
        assertThatThrownBy(() -> DataCommand.run(List.of("fetch", "cifar10"), never, System.out))
                .isInstanceOf(ConfigException.class).hasMessageContaining("one of [mnist, fashion-mnist]");
        assertThatThrownBy(() -> DataCommand.run(List.of("get", "mnist"), never, System.out))
                .isInstanceOf(ConfigException.class).hasMessageContaining("fetch");
        assertThatThrownBy(() -> DataCommand.run(List.of("fetch", "mnist", "--to", "x"), never, System.out))
                .isInstanceOf(ConfigException.class).hasMessageContaining("--dir DIR");
    }
}
