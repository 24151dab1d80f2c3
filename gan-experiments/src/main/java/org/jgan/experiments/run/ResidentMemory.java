package org.jgan.experiments.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * The process's resident memory as the Linux kernel counts it ({@code /proc/self/status}): everything a run holds
 * in RAM — Java heap, ND4J's native arrays, the native libraries' pages. Empty on systems without that file.
 */
public final class ResidentMemory {
    private static final Path STATUS = Path.of("/proc/self/status");

    private ResidentMemory() {
    }

    /** The peak resident set since the process started (VmHWM), in MiB. */
    public static OptionalLong peakMegabytes() {
        return field("VmHWM");
    }

    /** The resident set now (VmRSS), in MiB. */
    public static OptionalLong currentMegabytes() {
        return field("VmRSS");
    }

    private static OptionalLong field(String name) {
        List<String> lines;
        try {
            lines = Files.readAllLines(STATUS);
        } catch (IOException | UnsupportedOperationException e) {
            return OptionalLong.empty();
        }
        String prefix = name + ":";
        return lines.stream().filter(line -> line.startsWith(prefix) && line.endsWith("kB"))
                .mapToLong(line -> Long.parseLong(line.substring(prefix.length(), line.length() - 2).trim()) >> 10)
                .findFirst();
    }
}
