package fr.ipe.local.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Resident memory of processes, from Linux's {@code /proc/<pid>/status}: what the machine really gives them. */
public final class Memory {

    private Memory() {
    }

    /** "peak 412 MB" (VmHWM, the highest resident size the process reached), or "unknown". */
    public static String describe(long pid) {
        long peak = kilobytes(pid, "VmHWM:");
        return peak < 0 ? "unknown" : String.format("peak %,d MB", peak / 1024);
    }

    /** Resident size now of this JVM (which holds the in-process Kafka broker and MongoDB) and all it started. */
    public static long residentMegabytesOfThisRun() {
        long total = Math.max(0, kilobytes(ProcessHandle.current().pid(), "VmRSS:"));
        try (Stream<ProcessHandle> children = ProcessHandle.current().descendants()) {
            total += children.mapToLong(child -> Math.max(0, kilobytes(child.pid(), "VmRSS:"))).sum();
        }
        return total / 1024;
    }

    private static long kilobytes(long pid, String field) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return lines.filter(line -> line.startsWith(field)).findFirst()
                    .map(line -> Long.parseLong(line.substring(field.length()).replace("kB", "").strip()))
                    .orElse(-1L);
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
    }
}
