package org.jgan.experiments.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The directory a run writes into, and only into. Its layout is a contract shared by every experiment:
 * <pre>
 *   config.json      effective configuration, every default resolved
 *   provenance.json  version, git commit, JVM, ND4J backend, CPU features, threads, seed
 *   metrics.csv      one row per logged iteration, with a header
 *   summary.json     one flat JSON object of headline numbers
 *   report.md        what ran and what came out, linking the plots
 *   plots/*.png      figures
 *   checkpoints/     latest.ckpt, the latest training state, for ./gan resume and ./gan fork; best.ckpt, the
 *                    best by the experiment's own monitor, where it keeps one; iteration-N.ckpt, the state after
 *                    iteration N, where the experiment keeps a history
 * </pre>
 * Every file but metrics.csv is written to a temporary name and renamed, so a crash never leaves a half-written
 * file; metrics.csv ({@link MetricsLog}) is appended and flushed row by row, so a crash loses at most one row.
 */
public final class RunDirectory {
    /** The effective configuration. */
    public static final String CONFIG = "config.json";
    /** Where the run came from. */
    public static final String PROVENANCE = "provenance.json";
    /** Per-iteration metrics. */
    public static final String METRICS = "metrics.csv";
    /** Headline numbers. */
    public static final String SUMMARY = "summary.json";
    /** The human-readable report. */
    public static final String REPORT = "report.md";
    /** Figures. */
    public static final String PLOTS = "plots";
    /** Training state. */
    public static final String CHECKPOINTS = "checkpoints";

    /** The digits of an iteration a kept checkpoint may be named after (up to 18: it fits a long). */
    public static final String ITERATION_DIGITS = "[0-9]{1,18}";

    private static final Pattern KEPT_NAME = Pattern.compile("iteration-(" + ITERATION_DIGITS + ")\\.ckpt");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path root;

    /** @param root the run's directory (created by {@link #create}) */
    public RunDirectory(Path root) {
        this.root = root;
    }

    /** Creates the directory and its sub-directories. */
    public RunDirectory create() {
        try {
            Files.createDirectories(root.resolve(PLOTS));
            Files.createDirectories(root.resolve(CHECKPOINTS));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create run directory " + root, e);
        }
        return this;
    }

    /** The directory. */
    public Path root() {
        return root;
    }

    /** A file in the directory. */
    public Path file(String name) {
        return root.resolve(name);
    }

    /** A file under plots/. */
    public Path plot(String name) {
        return root.resolve(PLOTS).resolve(name);
    }

    /** The latest checkpoint's path. */
    public Path checkpoint() {
        return root.resolve(CHECKPOINTS).resolve("latest.ckpt");
    }

    /** Where an experiment that monitors its training keeps the best checkpoint so far. */
    public Path bestCheckpoint() {
        return root.resolve(CHECKPOINTS).resolve("best.ckpt");
    }

    /** The state after {@code iteration}, kept by an experiment that keeps a history of checkpoints. */
    public Path keptCheckpoint(long iteration) {
        return root.resolve(CHECKPOINTS).resolve("iteration-" + iteration + ".ckpt");
    }

    /** The iterations of the kept checkpoints ({@link #keptCheckpoint}), in ascending order; none: empty. */
    public List<Long> keptIterations() {
        Path checkpoints = root.resolve(CHECKPOINTS);
        if (!Files.isDirectory(checkpoints)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(checkpoints)) {
            return files.map(file -> KEPT_NAME.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(kept -> Long.parseLong(kept.group(1)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + checkpoints, e);
        }
    }

    /** Writes a JSON value atomically. */
    public void writeJson(String name, Object value) {
        try {
            writeText(name, JSON.writeValueAsString(value) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a JSON object written by {@link #writeJson}. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> readJson(String name) {
        try {
            return JSON.readValue(file(name).toFile(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file(name), e);
        }
    }

    /** Writes a text file atomically (temporary file, then rename). */
    public void writeText(String name, String text) {
        writeAtomically(file(name), text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes bytes to {@code target} through a temporary file and an atomic rename. */
    public static void writeAtomically(Path target, byte[] bytes) {
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
