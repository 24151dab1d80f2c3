package org.jgan.experiments.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The project's read-only data folder {@code shared/data}, which sits next to the repository ({@code ../shared/data}
 * from its root). Found by walking up from the working directory, so it works from the root and from a module;
 * tests that need it are skipped (not failed) on a machine without it. Tests never download.
 */
public final class SharedData {
    private static final Map<KnownDataset, ImageDataset> LOADED = new EnumMap<>(KnownDataset.class);

    private SharedData() {
    }

    /** {@code shared/data}, if some ancestor of the working directory has it. */
    public static Optional<Path> root() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The folder of {@code dataset}; skips the calling test when it is not there. */
    public static Path require(KnownDataset dataset) {
        Optional<Path> folder = root().map(root -> root.resolve(dataset.id()));
        assumeTrue(folder.isPresent() && Files.isRegularFile(folder.get().resolve(DatasetFile.TEST_LABELS.fileName())),
                "shared/data/" + dataset.id() + " is not available next to the repository");
        return folder.get();
    }

    /**
     * The data set read from {@code shared/data}, once per test JVM (immutable, so tests may share it); skips the
     * calling test when it is not there.
     */
    public static synchronized ImageDataset load(KnownDataset dataset) {
        Path folder = require(dataset);
        return LOADED.computeIfAbsent(dataset, d -> ImageDataset.load(d, folder));
    }
}
