package org.jgan.experiments.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jgan.core.optim.Optimizer;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Where a run came from: what is needed to repeat it bit for bit. ND4J's results depend on the thread
 * counts (OpenMP's, OpenBLAS's, libnd4j's) and the native build (docs/performance.md), so those are recorded and a
 * resume checks them, the native build first.
 */
public final class Provenance {
    /**
     * The keys a resumed run must match for its numbers to continue bit for bit, the native build first, each with
     * the environment variable that sets it.
     */
    public static final Map<String, String> MUST_MATCH_ON_RESUME = orderedMap(
            "nd4j_backend", "the classpath", "native_build", "JGAN_ND4J_VARIANT", "blas_threads", Threads.OVERRIDE,
            "openblas_threads", Threads.OVERRIDE, "libnd4j_threads", "SD_MAX_THREADS");

    private static final List<String> CPU_FEATURES = List.of("sse4_2", "avx", "avx2", "fma", "avx512f",
            "avx512bw", "avx512vl", "avx512_vnni", "avx512_bf16");

    private Provenance() {
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** The provenance of the current process for a run with the given seed. */
    public static Map<String, Object> current(long seed) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("project_version", projectVersion());
        p.put("git_commit", gitCommit());
        p.put("java_version", System.getProperty("java.version"));
        p.put("java_vendor", System.getProperty("java.vendor"));
        p.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        p.put("nd4j_backend", Nd4j.getBackend().getClass().getSimpleName());
        p.put("native_build", nativeBuild());
        p.put("cpu_features", cpuFeatures());
        p.put("available_processors", Runtime.getRuntime().availableProcessors());
        p.put("blas_threads", NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads());
        p.put("openblas_threads", Nd4j.factory().blas().getMaxThreads());
        p.put("libnd4j_threads", Nd4j.getEnvironment().maxThreads());
        // Informational: both kernels give the same bits, so a resume need not match it.
        p.put("momentum_kernel", Optimizer.momentumKernel());
        p.put("seed", seed);
        return p;
    }

    private static String nativeBuild() {
        Object info = Nd4j.getExecutioner().getEnvironmentInformation().get("blas.vendor");
        String vendor = info == null ? "unknown" : info.toString();
        return vendor + " / " + System.getProperty(Threads.NATIVE_VARIANT_PROPERTY, "generic");
    }

    private static String projectVersion() {
        Properties properties = new Properties();
        try (var in = Provenance.class.getResourceAsStream("/jgan-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }

    private static String gitCommit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes()).trim();
            if (git.waitFor(5, TimeUnit.SECONDS) && git.exitValue() == 0 && out.matches("[0-9a-f]{40}")) {
                Process status = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no").start();
                boolean dirty = !new String(status.getInputStream().readAllBytes()).isBlank();
                status.waitFor(5, TimeUnit.SECONDS);
                return dirty ? out + "-dirty" : out;
            }
        } catch (IOException e) {
            return "unknown (git not available)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "unknown (not a git checkout)";
    }

    private static String cpuFeatures() {
        try {
            String flagsLine = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("flags")).findFirst().orElse("");
            List<String> flags = Arrays.asList(flagsLine.replaceFirst("^flags\\s*:\\s*", "").split("\\s+"));
            return CPU_FEATURES.stream().filter(flags::contains).collect(Collectors.joining(" "));
        } catch (IOException e) {
            return "unknown";
        }
    }
}
