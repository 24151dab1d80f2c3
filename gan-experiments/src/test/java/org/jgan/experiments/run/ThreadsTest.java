package org.jgan.experiments.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jgan.core.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

class ThreadsTest {
    @Test
    void oneDnnBuildsLeaveOpenBlasOneThreadAndTheGenericBuildEveryCore() {
        assertThat(Threads.openBlasThreads("-onednn", 4)).isEqualTo(1);
        assertThat(Threads.openBlasThreads("-onednn-avx512", 4)).isEqualTo(1);
        assertThat(Threads.openBlasThreads("", 4)).isEqualTo(4);
        assertThat(Threads.openBlasThreads("-avx2", 4)).isEqualTo(4);
    }

    @Test
    void jganThreadsMustBeAWholeNumberOfAtLeastOne() {
        assertThat(Threads.cores(null, 6)).isEqualTo(6);
        assertThat(Threads.cores(" 3 ", 6)).isEqualTo(3);
        for (String bad : new String[] {"two", "0", "-1", "1.5", ""}) {
            assertThatThrownBy(() -> Threads.cores(bad, 6)).as(bad).isInstanceOf(ConfigException.class)
                    .hasMessageContaining(Threads.OVERRIDE);
        }
    }

    /** Surefire runs the pom's variant, oneDNN, where OpenBLAS's default (the core count) is not what is wanted. */
    @Test
    void configureSetsEveryPool() {
        Threads.configure();
        int cores = Threads.cores();
        assertThat(Nd4j.getEnvironment().maxThreads()).isEqualTo(1);
        assertThat(NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads()).isEqualTo(cores);
        assertThat(Nd4j.factory().blas().getMaxThreads())
                .isEqualTo(Threads.openBlasThreads(System.getProperty(Threads.NATIVE_VARIANT_PROPERTY, ""), cores));
    }
}
