package fr.ipe.local.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Resident memory of processes, from Linux's {@code /proc/<pid>/}: what the machine really gives them. */
public final class Memory {

    private Memory() {
    }

    /** "peak 412 MB" (VmHWM, the highest resident size the process reached), or "unknown". */
    public static String describe(long pid) {
        long peak = kilobytes(pid, "status", "VmHWM:");
        return peak < 0 ? "unknown" : String.format("peak %,d MB", peak / 1024);
    }

    /**
     * Resident memory now of this JVM (which holds the in-process Kafka broker and MongoDB), of {@code others} (the
     * PostgreSQL server, which is no descendant) and of every process they started, shared pages counted once: the sum
     * of their proportional sizes (Linux's Pss, a page shared by n of them counted 1/n in each). Summing resident sizes
     * instead counts PostgreSQL's shared buffers once per connection and the JDK's mapped files once per JVM.
     */
    public static long residentMegabytesOfThisRun(Collection<Long> others) {
        Set<Long> pids = new TreeSet<>();
        pids.add(ProcessHandle.current().pid());
        others.forEach(pids::add);
        for (Long root : Set.copyOf(pids)) {
            ProcessHandle.of(root).ifPresent(process -> {
                try (Stream<ProcessHandle> children = process.descendants()) {
                    children.forEach(child -> pids.add(child.pid()));
                }
            });
        }
        long total = 0;
        for (long pid : pids) {
            long proportional = kilobytes(pid, "smaps_rollup", "Pss:");
            total += Math.max(0, proportional >= 0 ? proportional : kilobytes(pid, "status", "VmRSS:"));
        }
        return total / 1024;
    }

    private static long kilobytes(long pid, String file, String field) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), file))) {
            return lines.filter(line -> line.startsWith(field)).findFirst()
                    .map(line -> Long.parseLong(line.substring(field.length()).replace("kB", "").strip()))
                    .orElse(-1L);
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
    }
}
