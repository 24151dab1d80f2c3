package org.jgan.experiments.data;

import java.nio.file.Path;
import java.util.Objects;

/** The labels of one IDX label file, one unsigned byte per example. */
public final class IdxLabels {
    private final Path source;
    private final byte[] labels;

    IdxLabels(Path source, byte[] labels) {
        this.source = source;
        this.labels = labels;
    }

    /** The file the labels came from. */
    public Path source() {
        return source;
    }

    /** Number of labels. */
    public int count() {
        return labels.length;
    }

    /** The label 0..255 of example {@code index}. */
    public int label(int index) {
        return labels[index] & 0xff;
    }

    /** Labels {@code [from, to)}. */
    public int[] toArray(int from, int to) {
        Objects.checkFromToIndex(from, to, labels.length);
        int[] values = new int[to - from];
        for (int i = 0; i < values.length; i++) {
            values[i] = labels[from + i] & 0xff;
        }
        return values;
    }

    @Override
    public String toString() {
        return "IdxLabels(" + source + ": " + labels.length + " labels)";
    }
}
