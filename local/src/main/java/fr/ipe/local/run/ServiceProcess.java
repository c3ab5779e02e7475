package fr.ipe.local.run;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One instance of a service running as its own JVM from its executable jar, as it would in production: the module
 * names the jar, the name the instance ({@code convention-service}, {@code convention-service-2}) and its log.
 */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path root;
    private final String module;
    private final String name;
    private final int port;
    private final Map<String, String> environment;
    private final Path logDir;
    private final Process process;
    private final Path log;
    private final ClassDataSharing.Launch launch;

    private ServiceProcess(Path root, String module, String name, int port, Map<String, String> environment,
                           Path logDir, Process process, Path log, ClassDataSharing.Launch launch) {
        this.root = root;
        this.module = module;
        this.name = name;
        this.port = port;
        this.environment = Map.copyOf(environment);
        this.logDir = logDir;
        this.process = process;
        this.log = log;
        this.launch = launch;
    }

    public static ServiceProcess start(Path root, String name, int port, Map<String, String> environment, Path logDir)
            throws IOException {
        return start(root, name, name, port, environment, logDir);
    }

    static ServiceProcess start(Path root, String module, String name, int port, Map<String, String> environment,
                                Path logDir) throws IOException {
        Path jar = root.resolve(module).resolve("target").resolve(module + "-exec.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw -DskipTests package)");
        }
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        // the young generation of a 64 MB heap (21 MB: it is touched whole, so it is what the heap costs in memory),
        // in a heap that starts at 128 MB: the old generation, resident only as it fills, no longer grows through full
        // collections (a service's live data is 35-45 MB; reporting-service paused 118 ms, action-service 421 ms)
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms128m", "-XX:NewSize=21m", "-Xmx256m", "-Xss512k", "-XX:+UseSerialGC",
                "-XX:MaxMetaspaceSize=192m", "-XX:ReservedCodeCacheSize=48m", "-Dfile.encoding=UTF-8",
                // never half alive after an OutOfMemoryError: the process exits and the local run starts it again
                "-XX:+ExitOnOutOfMemoryError"));
        if (!"gateway".equals(module)) {
            // the client compiler only: a service starts sooner and smaller; the gateway, every request's hot path,
            // keeps the full compiler (through it, reads 308 -> 424/s and drafts 109 -> 134/s once warm)
            command.add("-XX:TieredStopAtLevel=1");
        }
        // extra JVM options for every service (a profiler, a bigger heap): IPE_SERVICE_JAVA_OPTS
        String extra = System.getenv("IPE_SERVICE_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.strip().split("\\s+")));
        }
        ClassDataSharing.Launch launch = ClassDataSharing.launch(jar, module);
        command.addAll(launch.arguments());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("PORT", String.valueOf(port));
        return new ServiceProcess(root, module, name, port, environment, logDir, builder.start(), log, launch);
    }

    /** The same service started again, as it was configured (its log goes on in the same file). */
    ServiceProcess startAgain() throws IOException {
        return start(root, module, name, port, environment, logDir);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the JVM at once (SIGKILL): no graceful shutdown, as a crash or an OOM killer would. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        launch.finish(false);
    }

    String name() {
        return name;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    /** Waits until the service reports ready (its engines included); fails early if the process died. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(StartFailure.describe(name, process.exitValue(), log));
            }
            try {
                if (HTTP.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds() + " s; see " + log);
    }

    /** Asks the service to stop (SIGTERM: Spring closes gracefully), then forces it after {@code grace}. */
    public void stop(Duration grace) {
        process.destroy();
        boolean clean = false;
        // a JVM recording its class archive writes it as it exits: tens of MB, several seconds on a busy machine
        Duration wait = launch.recording() != null && grace.compareTo(Duration.ofSeconds(90)) < 0
                ? Duration.ofSeconds(90) : grace;
        try {
            clean = process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS);
            if (!clean) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        launch.finish(clean);
    }
}
