package org.jgan.experiments.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * metrics.csv: a header, then one row per logged iteration, flushed row by row so a crash loses nothing
 * already logged. The first column is the iteration; on resume the rows after the checkpoint's iteration are
 * dropped, so the resumed file is byte-identical to an uninterrupted run's.
 */
public final class MetricsLog implements AutoCloseable {
    private final BufferedWriter out;
    private final List<String> columns;

    private MetricsLog(BufferedWriter out, List<String> columns) {
        this.out = out;
        this.columns = columns;
    }

    /** Starts a new file with the given columns; the first must be {@code iteration}. */
    public static MetricsLog create(Path file, List<String> columns) {
        try {
            BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            out.write(String.join(",", columns));
            out.write('\n');
            out.flush();
            return new MetricsLog(out, List.copyOf(columns));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file, e);
        }
    }

    /**
     * Reopens a file for appending after dropping the rows whose iteration exceeds {@code lastIteration}.
     * The header must match {@code columns}.
     */
    public static MetricsLog resume(Path file, List<String> columns, long lastIteration) {
        try {
            List<String> kept = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (kept.isEmpty()) {
                    if (!line.equals(String.join(",", columns))) {
                        throw new IllegalStateException(file + " has columns '" + line + "', this run writes '"
                                + String.join(",", columns) + "'");
                    }
                    kept.add(line);
                } else if (!line.isBlank() && Long.parseLong(line.substring(0, line.indexOf(','))) <= lastIteration) {
                    kept.add(line);
                }
            }
            RunDirectory.writeAtomically(file, (String.join("\n", kept) + "\n").getBytes(StandardCharsets.UTF_8));
            BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            return new MetricsLog(out, List.copyOf(columns));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resume " + file, e);
        }
    }

    /** Appends a row; values in column order, the first being the iteration. */
    public void append(long iteration, double... values) {
        if (values.length != columns.size() - 1) {
            throw new IllegalArgumentException("expected " + (columns.size() - 1) + " values, got " + values.length);
        }
        StringBuilder row = new StringBuilder().append(iteration);
        for (double value : values) {
            row.append(',').append(format(value));
        }
        try {
            out.write(row.append('\n').toString());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A number as the CSV writes it: shortest round-trip decimal, so files are exact and diffable. */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.format(Locale.ROOT, "%.1f", value)
                : Double.toString(value);
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
