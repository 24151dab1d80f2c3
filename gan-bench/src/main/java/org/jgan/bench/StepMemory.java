package org.jgan.bench;

import java.util.Locale;
import java.util.OptionalLong;
import org.bytedeco.javacpp.Pointer;
import org.jgan.core.train.Trainer;
import org.jgan.core.train.UpdateRule;
import org.jgan.experiments.run.ResidentMemory;
import org.jgan.experiments.run.Threads;

/**
 * Peak resident memory of a training loop: runs {@code steps} iterations of an MNIST workload ({@link Workload#mnist})
 * and prints the process's peak and current resident set (VmHWM, VmRSS from {@code /proc/self/status}, Linux).
 *
 * <p>Usage: {@code StepMemory MODEL STEPS}. The figure covers the JVM, the native libraries and the step's arrays
 * but no data set: a real run adds its images, kept as bytes (MNIST: 70,000 × 784, about 55 MB).
 */
public final class StepMemory {
    private StepMemory() {
    }

    /** Runs the loop and prints one line. */
    public static void main(String[] args) {
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
        System.out.printf(Locale.ROOT, "step loop memory: %s, %d steps in %.1f s: peak RSS %s MB, final RSS %s MB "
                        + "(Java heap committed %d MB, off-heap arrays %d MB)%n",
                args[0], steps, seconds, megabytes(ResidentMemory.peakMegabytes()),
                megabytes(ResidentMemory.currentMegabytes()), runtime.totalMemory() >> 20, Pointer.totalBytes() >> 20);
    }

    private static String megabytes(OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : "unknown";
    }
}
