package org.jgan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.bytedeco.javacpp.Pointer;
import org.jgan.core.train.Trainer;
import org.jgan.core.train.UpdateRule;
import org.jgan.experiments.run.Threads;

/**
 * Peak resident memory of a training loop: runs {@code steps} iterations of an MNIST workload ({@link Workload#mnist})
 * and prints the process's peak and current resident set (VmHWM, VmRSS from {@code /proc/self/status}, Linux).
 *
 * <p>Usage: {@code StepMemory MODEL STEPS}. The figure covers the JVM, the native libraries and the step's arrays
 * but no data set: a real run adds its images (MNIST: 70,000 × 784 floats, about 220 MB).
 */
public final class StepMemory {
    private StepMemory() {
    }

    /** Runs the loop and prints one line. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: StepMemory MODEL STEPS");
            System.exit(2);
        }
        Threads.configure();
        Trainer trainer = Workload.mnist(args[0], UpdateRule.SIMULTANEOUS).trainer();
        long steps = Long.parseLong(args[1]);
        long start = System.nanoTime();
        trainer.trainUntil(steps);
        double seconds = (System.nanoTime() - start) / 1e9;
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "step loop memory: %s, %d steps in %.1f s: peak RSS %s, final RSS %s "
                        + "(Java heap committed %d MB, off-heap arrays %d MB)%n",
                args[0], steps, seconds, status("VmHWM"), status("VmRSS"), runtime.totalMemory() >> 20,
                Pointer.totalBytes() >> 20);
    }

    private static String status(String field) throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith(field + ":"))
                .map(line -> line.substring(field.length() + 1).trim())
                .findFirst().orElse("unknown");
    }
}
