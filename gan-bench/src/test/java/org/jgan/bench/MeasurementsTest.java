package org.jgan.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasurementsTest {
    @TempDir
    Path directory;

    private static String jmhResult(String benchmark, String params, double median) {
        return "{\"benchmark\":\"org.jgan.bench." + benchmark + "\",\"params\":{" + params + "},"
                + "\"primaryMetric\":{\"score\":99,\"scorePercentiles\":{\"0.0\":1,\"50.0\":" + median + "}}}";
    }

    @Test
    void readsMediansOfBothSidesByRoundAndPairsThem() throws IOException {
        Files.writeString(directory.resolve("jmh-r1-mnist.json"), "[" + jmhResult("MnistStepBenchmark.step",
                "\"model\":\"relu-mnist\",\"update\":\"simultaneous\"", 20) + "]");
        Files.writeString(directory.resolve("jmh-r2-mnist.json"), "[" + jmhResult("MnistStepBenchmark.step",
                "\"model\":\"relu-mnist\",\"update\":\"simultaneous\"", 30) + "]");
        Files.writeString(directory.resolve("jmh-r1-sgemm.json"), "[" + jmhResult("SgemmBenchmark.run",
                "\"products\":\"parzen\"", 7) + "," + jmhResult("ToyStepBenchmark.step", "", 2) + "]");
        Files.writeString(directory.resolve("torch-r1-relu.json"),
                "{\"workload\":\"relu-mnist/simultaneous\",\"median_ms\":40}");
        Files.writeString(directory.resolve("torch-r3-relu.json"),
                "{\"workload\":\"relu-mnist/simultaneous\",\"median_ms\":50}");
        Files.writeString(directory.resolve("environment.txt"), "not a result");

        Measurements m = Measurements.read(directory);

        assertThat(m.ours("relu-mnist/simultaneous")).containsEntry(1, 20.0).containsEntry(2, 30.0).hasSize(2);
        assertThat(m.torch("relu-mnist/simultaneous")).containsEntry(1, 40.0).containsEntry(3, 50.0).hasSize(2);
        assertThat(m.ours("sgemm/parzen")).containsEntry(1, 7.0);
        assertThat(m.ours("mlp-1d")).containsEntry(1, 2.0);
        // Only round 1 has both sides.
        assertThat(m.pairedRatios("relu-mnist/simultaneous")).containsExactly(0.5);
        assertThat(m.ours("parzen")).isEmpty();
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(Measurements.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(Measurements.median(List.of(4.0, 1.0, 2.0, 3.0))).isCloseTo(2.5, within(0.0));
        assertThat(Measurements.median(List.of())).isNaN();
    }
}
