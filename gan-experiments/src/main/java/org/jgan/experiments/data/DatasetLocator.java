package org.jgan.experiments.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgan.core.config.ConfigException;

/**
 * Finds the directory that holds a data set's four files ({@link DatasetFile}).
 *
 * <p>A base directory D <em>holds</em> data set {@code name} when D itself contains all four files, or else its
 * subdirectory D/{@code name} does. The bases are tried in this order:
 * <ol>
 *   <li>the {@value #DATA_DIR_KEY} setting, when given. It is a command: if it does not hold the data set, that
 *       is an error, so that a typo never silently selects another copy;</li>
 *   <li>the environment variable {@value #ENVIRONMENT_VARIABLE}, when set. It is a standing preference that may
 *       hold only some data sets, so a data set missing there is looked for next in</li>
 *   <li>the per-user cache {@code ~/.cache/jgan/datasets/<name>}, where {@link DatasetFetcher} puts downloads.</li>
 * </ol>
 * When nothing holds the data set, the error lists where it looked and says how to get the files.
 */
public final class DatasetLocator {
    /** The setting that names a data directory explicitly. */
    public static final String DATA_DIR_KEY = "data-dir";
    /** The environment variable that names a data directory. */
    public static final String ENVIRONMENT_VARIABLE = "JGAN_DATA_DIR";
    /** The command that downloads a data set into the cache, followed by the data set's name. */
    public static final String FETCH_COMMAND = "./gan data fetch";

    private final Optional<Path> dataDir;
    private final Optional<Path> environmentDir;
    private final Path cacheRoot;

    /**
     * @param dataDir        the {@value #DATA_DIR_KEY} setting, if given
     * @param environmentDir the value of {@value #ENVIRONMENT_VARIABLE}, if set
     * @param cacheRoot      the directory whose subdirectory {@code <name>} caches data set {@code name}
     */
    public DatasetLocator(Optional<Path> dataDir, Optional<Path> environmentDir, Path cacheRoot) {
        this.dataDir = dataDir;
        this.environmentDir = environmentDir;
        this.cacheRoot = cacheRoot;
    }

    /** A locator with this process's {@value #ENVIRONMENT_VARIABLE} and the user's {@link #defaultCacheRoot()}. */
    public static DatasetLocator fromEnvironment(Optional<Path> dataDir) {
        return fromEnvironment(dataDir, System.getenv(), defaultCacheRoot());
    }

    /** A locator reading {@value #ENVIRONMENT_VARIABLE} from {@code environment}; a blank value counts as unset. */
    static DatasetLocator fromEnvironment(Optional<Path> dataDir, Map<String, String> environment, Path cacheRoot) {
        Optional<Path> fromEnvironment = Optional.ofNullable(environment.get(ENVIRONMENT_VARIABLE))
                .filter(value -> !value.isBlank())
                .map(Paths::get);
        return new DatasetLocator(dataDir, fromEnvironment, cacheRoot);
    }

    /** {@code ~/.cache/jgan/datasets}. */
    public static Path defaultCacheRoot() {
        return Paths.get(System.getProperty("user.home"), ".cache", "jgan", "datasets");
    }

    /** Where {@code dataset} is cached, whether or not it is there yet: the fetcher's target. */
    public Path cacheDirectory(KnownDataset dataset) {
        return cacheRoot.resolve(dataset.id());
    }

    /**
     * The directory holding {@code dataset}'s four files.
     *
     * @throws ConfigException when the {@value #DATA_DIR_KEY} setting does not hold it, or nothing does; the
     *                         message says where it looked and how to get the files
     */
    public Path locate(KnownDataset dataset) {
        if (dataDir.isPresent()) {
            Path base = dataDir.get();
            return holder(base, dataset).orElseThrow(() -> ConfigException.withMessage(DATA_DIR_KEY,
                    base + " does not hold the " + dataset + " data set: " + whyNot(base, dataset) + ". "
                            + howToGet(dataset)));
        }
        List<String> looked = new ArrayList<>();
        if (environmentDir.isPresent()) {
            Path base = environmentDir.get();
            Optional<Path> found = holder(base, dataset);
            if (found.isPresent()) {
                return found.get();
            }
            looked.add(ENVIRONMENT_VARIABLE + "=" + base + " (" + whyNot(base, dataset) + ")");
        } else {
            looked.add(ENVIRONMENT_VARIABLE + " (not set)");
        }
        Path cache = cacheDirectory(dataset);
        if (holdsAll(cache)) {
            return cache;
        }
        looked.add("the cache " + cache + " (" + describeMissing(cache) + ")");
        throw ConfigException.withMessage(dataset.id(), "data set not found. Looked in "
                + String.join(" and in ", looked) + ". " + howToGet(dataset));
    }

    private static Optional<Path> holder(Path base, KnownDataset dataset) {
        if (holdsAll(base)) {
            return Optional.of(base);
        }
        Path named = base.resolve(dataset.id());
        return holdsAll(named) ? Optional.of(named) : Optional.empty();
    }

    private static boolean holdsAll(Path directory) {
        for (DatasetFile file : DatasetFile.values()) {
            if (!Files.isRegularFile(directory.resolve(file.fileName()))) {
                return false;
            }
        }
        return true;
    }

    private static String whyNot(Path base, KnownDataset dataset) {
        Path named = base.resolve(dataset.id());
        return base + ": " + describeMissing(base) + "; " + named + ": " + describeMissing(named);
    }

    private static String describeMissing(Path directory) {
        if (!Files.exists(directory)) {
            return "does not exist";
        }
        if (!Files.isDirectory(directory)) {
            return "not a directory";
        }
        List<String> missing = new ArrayList<>();
        for (DatasetFile file : DatasetFile.values()) {
            if (!Files.isRegularFile(directory.resolve(file.fileName()))) {
                missing.add(file.fileName());
            }
        }
        return "missing " + String.join(", ", missing);
    }

    private String howToGet(KnownDataset dataset) {
        return "To get the files, run `" + FETCH_COMMAND + " " + dataset + "` (downloads them into "
                + cacheDirectory(dataset) + " and verifies their SHA-256), or put " + DatasetFile.allNames()
                + " in a directory DIR (or DIR/" + dataset + ") and pass --set " + DATA_DIR_KEY + "=DIR"
                + " (or set " + ENVIRONMENT_VARIABLE + "=DIR).";
    }

    @Override
    public String toString() {
        return "DatasetLocator(" + DATA_DIR_KEY + "=" + dataDir.map(Path::toString).orElse("(not set)") + ", "
                + ENVIRONMENT_VARIABLE + "=" + environmentDir.map(Path::toString).orElse("(not set)") + ", cache="
                + cacheRoot + ")";
    }
}
