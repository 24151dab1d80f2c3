package org.jgan.experiments.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * metrics.csv read back as columns, for summaries and plots made after training (so that a resumed run
 * summarises the whole run, not only the part after the resume).
 */
public final class MetricsTable {
    private final List<String> header;
    private final double[][] rows;

    private MetricsTable(List<String> header, double[][] rows) {
        this.header = header;
        this.rows = rows;
    }

    /** Reads a metrics.csv. */
    public static MetricsTable read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
            List<String> header = List.of(lines.get(0).split(","));
            double[][] rows = lines.stream().skip(1)
                    .map(l -> Arrays.stream(l.split(",")).mapToDouble(Double::parseDouble).toArray())
                    .toArray(double[][]::new);
            return new MetricsTable(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The values of a column, in row order. */
    public double[] column(String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("metrics.csv has no column " + name + " (has " + header + ")");
        }
        return Arrays.stream(rows).mapToDouble(r -> r[index]).toArray();
    }

    /** The first value of a column. */
    public double first(String name) {
        return column(name)[0];
    }

    /** The last value of a column. */
    public double last(String name) {
        double[] values = column(name);
        return values[values.length - 1];
    }
}
