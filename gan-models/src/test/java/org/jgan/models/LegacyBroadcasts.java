package org.jgan.models;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.profiler.OpProfiler;
import org.nd4j.linalg.profiler.ProfilerConfig;

/**
 * Counts ND4J's legacy broadcast ops ({@code addiRowVector} and its kind) issued by a piece of work. In ND4J
 * 1.0.0-M2.1 such an op hands libnd4j a temporary dimension array that only the op object references, and the op
 * is dead once the native call starts, so a young collection can free the array mid-call (docs/performance.md).
 * The count comes from ND4J's op profiler, switched on for the work only.
 */
public final class LegacyBroadcasts {
    private static final String BROADCAST_CLASS = "BroadcastOp";

    private LegacyBroadcasts() {
    }

    /** The number of legacy broadcast ops {@code work} ran. */
    public static long during(Runnable work) {
        OpProfiler profiler = OpProfiler.getInstance();
        Nd4j.getExecutioner().setProfilingConfig(ProfilerConfig.builder().checkElapsedTime(true).build());
        profiler.reset();
        try {
            work.run();
            return profiler.getClassCounter().getCount(BROADCAST_CLASS);
        } finally {
            Nd4j.getExecutioner().setProfilingConfig(ProfilerConfig.builder().build());
            profiler.reset();
        }
    }
}
