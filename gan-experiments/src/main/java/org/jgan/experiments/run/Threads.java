package org.jgan.experiments.run;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Thread settings made in one place, from the core count: libnd4j's own op threads at 1 and the BLAS
 * (OpenMP) threads at the number of cores. Two pools of n threads on n cores oversubscribe and ran the MNIST
 * step 3–4× slower (docs/performance.md). {@code JGAN_THREADS} overrides the BLAS thread count.
 */
public final class Threads {
    /** Environment variable overriding the BLAS thread count. */
    public static final String OVERRIDE = "JGAN_THREADS";

    private Threads() {
    }

    /** Applies the settings; call before the first ND4J operation of a run. */
    public static void configure() {
        String override = System.getenv(OVERRIDE);
        int blas = override == null ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(override.trim());
        Nd4j.getEnvironment().setMaxMasterThreads(1);
        Nd4j.getEnvironment().setMaxThreads(1);
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(blas);
    }
}
