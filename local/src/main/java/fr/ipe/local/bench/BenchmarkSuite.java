package fr.ipe.local.bench;

import fr.ipe.local.demo.DemoData;
import fr.ipe.local.run.LocalPorts;
import fr.ipe.local.run.LocalStack;
import fr.ipe.local.bench.RebuildBenchmark;
import fr.ipe.local.bench.SliceLatencyBenchmark;
import fr.ipe.local.bench.StageBankBenchmark;
import fr.ipe.testkit.engines.FreePorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code bin/benchmark-suite [--quick] [--only edge,live,...]}: every benchmark of the suite in one go on a throwaway stack (free ports, a
 * temporary data directory), printing one table with each figure beside its in-run reference and the target it is
 * held to. The local run first (a start from nothing with the demo data, then a restart on the same data, and the
 * resident memory of everything it runs), then on the restarted stack the write path and the edge, the signature's way
 * to the reports view, live pushes, the stage bank, the national bilan at volume; last, a rebuild on engines of its
 * own. {@code --quick} runs each at a tenth of its volume (a check that the command works, not figures to quote).
 * {@code --only} runs some parts (local-run, edge, signature, live, stage-bank, bilan, rebuild), e.g. under a profiler;
 * {@code --only instances} compares the write path and live pushes with one and with two instances of every service.
 * A benchmark prints figures; no test asserts a time.
 */
public final class BenchmarkSuite {

    /** The volumes of one run. */
    private record Volumes(int seconds, int actions, int missions, int offers, int needs, int rebuildEvents,
                           int signatures) {
        static final Volumes FULL = new Volumes(15, 200_000, 5_000, 20_000, 5_000, 1_000_000, 50);
        static final Volumes QUICK = new Volumes(5, 20_000, 500, 2_000, 500, 100_000, 20);
    }

    /** The stack being measured: stopped with the command (Ctrl-C, SIGTERM), so no service outlives it. */
    private static final AtomicReference<LocalStack> RUNNING = new AtomicReference<>();

    private BenchmarkSuite() {
    }

    private static LocalStack running(LocalStack stack) {
        RUNNING.set(stack);
        return stack;
    }

    public static void main(String[] args) throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LocalStack stack = RUNNING.getAndSet(null);
            // a stack the command closed already has no service left
            if (stack != null && !stack.serviceNames().isEmpty()) {
                stack.close();
            }
        }, "benchmark-stop"));
        List<String> options = List.of(args);
        Volumes volumes = options.contains("--quick") ? Volumes.QUICK : Volumes.FULL;
        int only = options.indexOf("--only");
        Set<String> parts = only >= 0 && only + 1 < options.size() ? Set.of(options.get(only + 1).split(","))
                : Set.of("local-run", "edge", "signature", "live", "stage-bank", "bilan", "rebuild");
        Path root = Path.of(System.getProperty("ipe.root", ".")).toAbsolutePath().normalize();
        String machine = machine();
        System.out.println(machine);
        BenchmarkTable table = new BenchmarkTable();
        Path data = Files.createTempDirectory("ipe-benchmark-suite");

        if (parts.contains("local-run")) {
            System.out.println("local run: start from nothing with the demo data");
            long resetStart = System.nanoTime();
            try (LocalStack stack = running(LocalStack.start(root, data, LocalPorts.free()))) {
                new DemoData(stack.gatewayUrl(), stack.tokenUrl()).loadUnlessPresent();
                table.add(Figure.alone("local run", "start from nothing, demo data loaded",
                        String.format("ready in %.1f s; %,d MB resident", (System.nanoTime() - resetStart) / 1e9,
                                Memory.residentMegabytesOfThisRun(stack.processIds().values())), "≤ 45 s, ≤ 2 GB"));
            }
        }
        if (parts.stream().anyMatch(STACK_PARTS::contains) || parts.contains("local-run")) {
            System.out.println("local run: a restart on the same data");
            long restartStart = System.nanoTime();
            try (LocalStack stack = running(LocalStack.start(root, data, LocalPorts.free()))) {
                new DemoData(stack.gatewayUrl(), stack.tokenUrl()).loadUnlessPresent();
                if (parts.contains("local-run")) {
                    table.add(Figure.alone("local run", "restart on the same data",
                            String.format("ready in %.1f s; %,d MB resident", (System.nanoTime() - restartStart) / 1e9,
                                    Memory.residentMegabytesOfThisRun(stack.processIds().values())),
                            "≤ 30 s, ≤ 2 GB"));
                }
                onTheStack(stack, parts, volumes, table);
            }
        }
        if (parts.contains("instances")) {
            // one and two instances of every service side by side, on stacks of their own: the same write path and
            // live pushes, so what a second instance costs or brings on this machine is one table apart
            for (int instances = 1; instances <= 2; instances++) {
                System.out.println("write path and live pushes with " + instances + " instance(s) of each service");
                try (LocalStack stack = running(LocalStack.start(root,
                        Files.createTempDirectory("ipe-benchmark-instances"), LocalPorts.free(), true, instances))) {
                    String label = " (" + instances + (instances == 1 ? " instance)" : " instances)");
                    List<Figure> figures = new java.util.ArrayList<>(EdgeBenchmark.measure(stack, volumes.seconds()));
                    figures.addAll(LivePushBenchmark.measure(stack, volumes.seconds() * 2));
                    figures.forEach(f -> table.add(new Figure(f.path() + label, f.measure(), f.value(), f.reference(),
                            f.ratio(), f.target())));
                }
            }
        }
        if (parts.contains("rebuild")) {
            System.out.println("rebuild");
            table.add(RebuildBenchmark.measure(root, volumes.rebuildEvents()));
        }
        table.print(System.out, machine);
        // the rebuild's test tokens' key-set server (a process-wide HttpServer) would keep the JVM alive
        System.exit(0);
    }

    private static final Set<String> STACK_PARTS = Set.of("edge", "signature", "live", "stage-bank", "bilan");

    private static void onTheStack(LocalStack stack, Set<String> parts, Volumes volumes, BenchmarkTable table)
            throws Exception {
        if (parts.contains("edge")) {
            System.out.println("write path and edge");
            table.addAll(EdgeBenchmark.measure(stack, volumes.seconds()));
        }
        if (parts.contains("signature")) {
            System.out.println("signature → reports view");
            table.add(SliceLatencyBenchmark.measure(stack, volumes.signatures()));
        }
        if (parts.contains("live")) {
            System.out.println("live pushes");
            table.addAll(LivePushBenchmark.measure(stack, volumes.seconds() * 2));
        }
        if (parts.contains("stage-bank")) {
            System.out.println("stage bank");
            String unlimited = stack.startAnotherGateway("unlimited-gateway", FreePorts.next(),
                    Map.of("IPE_RATE_LIMITS_ENABLED", "false"));
            table.addAll(StageBankBenchmark.measure(stack, unlimited, volumes.offers(), volumes.needs(),
                    volumes.seconds()));
        }
        if (parts.contains("bilan")) {
            System.out.println("national bilan at volume");
            table.addAll(NationalBilanBenchmark.measure(stack, volumes.actions(), volumes.missions()));
        }
    }

    private static String machine() {
        String load;
        try {
            load = Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception unknown) {
            load = "unknown";
        }
        return String.format("%s, %d cores, %,d MB of memory, Java %s; load average at start %s",
                LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES), Runtime.getRuntime().availableProcessors(),
                ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                        .getOperatingSystemMXBean()).getTotalMemorySize() / (1024 * 1024),
                System.getProperty("java.version"), load);
    }
}
