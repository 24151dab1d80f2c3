package org.jgan.experiments.run;

import org.jgan.core.config.Check;
import org.jgan.core.config.ConfigException;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Thread settings made in one place, from the core count. Three pools share the cores: libnd4j's own op threads,
 * the OpenMP threads oneDNN multiplies with, and OpenBLAS's threads, which do the products oneDNN declines (those
 * with a column-major destination) and every product of the generic build. Two pools of n threads on n cores
 * oversubscribe: libnd4j's pool at n ran the MNIST step 3–4× slower, and OpenBLAS's idle workers, which spin in
 * {@code sched_yield} after each call, took a core from oneDNN's and ran it 1.3–1.4× slower (docs/performance.md). So
 * libnd4j gets 1 thread, OpenMP every core, and OpenBLAS every core in the generic build but 1 beside oneDNN.
 * {@code JGAN_THREADS} overrides the core count.
 */
public final class Threads {
    /** Environment variable overriding the core count the pools are sized from. */
    public static final String OVERRIDE = "JGAN_THREADS";
    /** The system property that selects a libnd4j build beside the generic one, e.g. {@code -onednn}. */
    public static final String NATIVE_VARIANT_PROPERTY = "org.bytedeco.javacpp.platform.extension";

    private Threads() {
    }

    /** Applies the settings; call before the first ND4J operation of a run. */
    public static void configure() {
        int cores = cores();
        Nd4j.getEnvironment().setMaxMasterThreads(1);
        Nd4j.getEnvironment().setMaxThreads(1);
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(cores);
        Nd4j.factory().blas().setMaxThreads(openBlasThreads(System.getProperty(NATIVE_VARIANT_PROPERTY, ""), cores));
    }

    /** The core count the pools are sized from: {@code JGAN_THREADS}, else the processors the JVM sees. */
    public static int cores() {
        return cores(System.getenv(OVERRIDE), Runtime.getRuntime().availableProcessors());
    }

    /** {@code override} read as a count of at least 1, or {@code available} when it is unset. */
    static int cores(String override, int available) {
        if (override == null) {
            return available;
        }
        try {
            return Check.atLeast(OVERRIDE, Integer.parseInt(override.trim()), 1);
        } catch (NumberFormatException e) {
            throw new ConfigException(OVERRIDE, "a whole number of threads, at least 1", override);
        }
    }

    /** The OpenBLAS threads for a libnd4j build and a core count: 1 beside oneDNN, else every core. */
    static int openBlasThreads(String platformExtension, int cores) {
        return platformExtension.contains("onednn") ? 1 : cores;
    }
}
