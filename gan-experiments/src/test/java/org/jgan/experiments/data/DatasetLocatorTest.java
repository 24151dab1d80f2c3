package org.jgan.experiments.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jgan.core.config.ConfigException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetLocatorTest {
    @TempDir
    Path root;
    private Path cacheRoot;
    private Path explicit;
    private Path environment;

    @BeforeEach
    void directories() throws IOException {
        cacheRoot = Files.createDirectories(root.resolve("cache"));
        explicit = Files.createDirectories(root.resolve("explicit"));
        environment = Files.createDirectories(root.resolve("environment"));
    }

    private static Path holdAll(Path directory) throws IOException {
        Files.createDirectories(directory);
        for (DatasetFile file : DatasetFile.values()) {
            Files.createFile(directory.resolve(file.fileName()));
        }
        return directory;
    }

    private DatasetLocator locator(Optional<Path> dataDir, String environmentValue) {
        Map<String, String> env = environmentValue == null ? Map.of()
                : Map.of(DatasetLocator.ENVIRONMENT_VARIABLE, environmentValue);
        return DatasetLocator.fromEnvironment(dataDir, env, cacheRoot);
    }

    @Test
    void dataDirHoldingTheFilesItself() throws IOException {
        holdAll(explicit);

        assertThat(locator(Optional.of(explicit), null).locate(KnownDataset.MNIST)).isEqualTo(explicit);
    }

    @Test
    void dataDirHoldingASubdirectoryNamedAfterTheDataSet() throws IOException {
        holdAll(explicit.resolve("fashion-mnist"));

        assertThat(locator(Optional.of(explicit), null).locate(KnownDataset.FASHION_MNIST))
                .isEqualTo(explicit.resolve("fashion-mnist"));
    }

    @Test
    void dataDirWinsOverTheEnvironmentAndTheCache() throws IOException {
        holdAll(explicit);
        holdAll(environment);
        holdAll(cacheRoot.resolve("mnist"));

        assertThat(locator(Optional.of(explicit), environment.toString()).locate(KnownDataset.MNIST))
                .isEqualTo(explicit);
    }

    @Test
    void aDataDirWithoutTheFilesIsAnErrorEvenWhenTheCacheHasThem() throws IOException {
        holdAll(cacheRoot.resolve("mnist"));
        Files.createFile(explicit.resolve(DatasetFile.TRAIN_IMAGES.fileName()));

        assertThatThrownBy(() -> locator(Optional.of(explicit), null).locate(KnownDataset.MNIST))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).field()).isEqualTo(DatasetLocator.DATA_DIR_KEY))
                .hasMessageContaining(explicit + " does not hold the mnist data set")
                .hasMessageContaining(explicit + ": missing train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz,"
                        + " t10k-labels-idx1-ubyte.gz")
                .hasMessageContaining(explicit.resolve("mnist") + ": does not exist")
                .hasMessageContaining("./gan data fetch mnist")
                .hasMessageContaining("--set data-dir=DIR");
    }

    @Test
    void environmentThenCache() throws IOException {
        holdAll(environment.resolve("mnist"));
        holdAll(cacheRoot.resolve("fashion-mnist"));
        DatasetLocator locator = locator(Optional.empty(), environment.toString());

        assertThat(locator.locate(KnownDataset.MNIST)).isEqualTo(environment.resolve("mnist"));
        assertThat(locator.locate(KnownDataset.FASHION_MNIST)).isEqualTo(cacheRoot.resolve("fashion-mnist"));
    }

    @Test
    void nothingFoundSaysWhereItLookedAndHowToGetTheFiles() {
        DatasetLocator locator = locator(Optional.empty(), environment.toString());

        assertThatThrownBy(() -> locator.locate(KnownDataset.MNIST))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("mnist: data set not found. Looked in JGAN_DATA_DIR=" + environment)
                .hasMessageContaining("the cache " + cacheRoot.resolve("mnist") + " (does not exist)")
                .hasMessageContaining("run `./gan data fetch mnist` (downloads them into " + cacheRoot.resolve("mnist"))
                .hasMessageContaining("put train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz,"
                        + " t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz in a directory DIR (or DIR/mnist)"
                        + " and pass --set data-dir=DIR");
    }

    @Test
    void aBlankEnvironmentVariableCountsAsUnset() {
        assertThatThrownBy(() -> locator(Optional.empty(), "  ").locate(KnownDataset.MNIST))
                .hasMessageStartingWith("mnist: data set not found. Looked in JGAN_DATA_DIR (not set) and in the cache");
    }

    @Test
    void theFetchersTargetIsTheCacheDirectory() {
        assertThat(locator(Optional.empty(), null).cacheDirectory(KnownDataset.FASHION_MNIST))
                .isEqualTo(cacheRoot.resolve("fashion-mnist"));
    }

    @Test
    void theDefaultCacheIsUnderTheUsersHome() {
        assertThat(DatasetLocator.defaultCacheRoot())
                .isEqualTo(Path.of(System.getProperty("user.home"), ".cache", "jgan", "datasets"));
    }

    @Test
    void unknownDataSetNamesListTheKnownOnes() {
        assertThat(KnownDataset.byName("dataset", "Fashion-MNIST")).isEqualTo(KnownDataset.FASHION_MNIST);
        assertThatThrownBy(() -> KnownDataset.byName("dataset", "cifar10"))
                .hasMessage("dataset: expected one of [mnist, fashion-mnist], got 'cifar10'");
    }
}
