package org.jgan.core.train;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.jgan.core.config.ConfigException;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Saves and restores a {@link GanState}: both networks' parameters, both optimizers' state and the counters.
 * That is all a run needs to continue exactly, because randomness is counter-based and schedules are
 * functions of the step.
 *
 * <p>Files are written to a temporary name and atomically renamed, so a crash mid-write leaves the previous
 * checkpoint intact.
 */
public final class Checkpoint {
    private static final int MAGIC = 0x4A47414E; // "JGAN"
    private static final int FORMAT_VERSION = 1;

    private Checkpoint() {
    }

    /** Writes {@code state} to {@code file} atomically. */
    public static void save(GanState state, Path file) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT_VERSION);
                out.writeLong(state.iteration());
                out.writeLong(state.discriminatorUpdates());
                List<INDArray> arrays = state.arrays();
                out.writeInt(arrays.size());
                for (INDArray array : arrays) {
                    Nd4j.write(array, out);
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint " + file, e);
        }
    }

    /** The generator updates done when {@code file} was saved, read from its header alone. */
    public static long iteration(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            checkHeader(in, file);
            return in.readLong();
        } catch (IOException e) {
            throw ConfigException.withMessage(file.toString(), "cannot read checkpoint (" + e.getMessage() + ")");
        }
    }

    /** Reads {@code file} into {@code state}, whose networks and optimizers must have the saved shapes. */
    public static void restore(GanState state, Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            checkHeader(in, file);
            long iteration = in.readLong();
            long discriminatorUpdates = in.readLong();
            int count = in.readInt();
            List<INDArray> target = state.arrays();
            if (target.size() != count) {
                throw ConfigException.withMessage(file.toString(),
                        "holds " + count + " arrays; this configuration needs " + target.size());
            }
            List<INDArray> saved = new ArrayList<>(count);
            try {
                for (int i = 0; i < count; i++) {
                    saved.add(Nd4j.read(in));
                    if (target.get(i).length() != saved.get(i).length()) {
                        throw ConfigException.withMessage(file.toString(), "array " + i + " has "
                                + saved.get(i).length() + " values; this configuration needs " + target.get(i).length());
                    }
                }
                for (int i = 0; i < count; i++) {
                    target.get(i).assign(saved.get(i).reshape(target.get(i).shape()));
                }
            } finally {
                // The copies are off-heap; freed now rather than whenever the collector finds their handles.
                saved.forEach(INDArray::close);
            }
            state.restoreCounters(iteration, discriminatorUpdates);
        } catch (IOException e) {
            throw ConfigException.withMessage(file.toString(), "cannot read checkpoint (" + e.getMessage() + ")");
        }
    }

    private static void checkHeader(DataInputStream in, Path file) throws IOException {
        if (in.readInt() != MAGIC || in.readInt() != FORMAT_VERSION) {
            throw ConfigException.withMessage(file.toString(), "not a jgan checkpoint of format " + FORMAT_VERSION);
        }
    }
}
