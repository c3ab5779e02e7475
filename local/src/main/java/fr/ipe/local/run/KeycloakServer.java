package fr.ipe.local.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Keycloak itself, from its distribution that the build unpacks into {@code local/target/keycloak}, in development
 * mode on loopback, with the realm of docker-compose ({@code compose/keycloak/ipe-realm.json}) imported on first start.
 * Its database (H2 file) lives under the local run's data directory, so users and sessions survive a restart and
 * {@code --reset} starts it from the realm file again.
 */
final class KeycloakServer implements AutoCloseable {

    static final String REALM = "ipe";
    /** Development-only console account, created on first start (the same as docker-compose's). */
    static final String ADMIN = "admin";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final int port;
    private final Process process;
    private final Path log;
    private final ClassDataSharing.Launch sharing;

    private KeycloakServer(int port, Process process, Path log, ClassDataSharing.Launch sharing) {
        this.port = port;
        this.process = process;
        this.log = log;
        this.sharing = sharing;
    }

    /** Launches {@code bin/kc.sh start-dev}; {@link #awaitReady} tells when the realm answers. */
    static KeycloakServer start(Path root, Path dataDir, int port, Path logDir) throws IOException {
        Path home = distribution(root);
        Path realm = root.resolve("compose").resolve("keycloak").resolve(REALM + "-realm.json");
        if (!Files.isRegularFile(realm)) {
            throw new IllegalStateException(realm + " is missing: the realm shared with docker-compose");
        }
        // --import-realm reads <home>/data/import; a realm that exists already is left as it is (IGNORE_EXISTING)
        Path imports = Files.createDirectories(home.resolve("data").resolve("import"));
        Path staged = Files.copy(realm, imports.resolve(REALM + "-realm.json.tmp"), StandardCopyOption.REPLACE_EXISTING);
        Files.move(staged, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        Files.createDirectories(dataDir);
        Files.createDirectories(logDir);
        Path log = logDir.resolve("keycloak.log");

        boolean windows = System.getProperty("os.name").startsWith("Windows");
        List<String> command = new ArrayList<>(List.of(home.resolve("bin").resolve(windows ? "kc.bat" : "kc.sh").toString(),
                "start-dev", "--import-realm", "--http-host=127.0.0.1", "--http-port=" + port,
                // one issuer whatever address a client uses, the one docker-compose gives tokens fetched from the host
                "--hostname=http://localhost:" + port,
                "-Dquarkus.transaction-manager.object-store.directory=" + dataDir.resolve("transaction-logs")));
        if (!windows) {
            command.add(0, "sh");
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        // instead of kc.sh's defaults (G1, C2, 512 MB heap): a serial collector and the client compiler, which took
        // Keycloak's memory from 520 to 300 MB and its restart from 58 to 20 s on a busy 2-core machine
        List<String> options = new ArrayList<>(List.of("-Xms64m", "-Xmx384m", "-Xss512k", "-XX:MetaspaceSize=96m",
                "-XX:MaxMetaspaceSize=256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError",
                "-Dfile.encoding=UTF-8", "-Djava.security.egd=file:/dev/urandom"));
        // Keycloak's classes archived on its first run and mapped on the next ones, as the services' (ClassDataSharing)
        ClassDataSharing.Launch sharing = ClassDataSharing.archiving(home.resolve("keycloak.jsa"),
                home.resolve("lib").resolve("quarkus-run.jar"), "keycloak");
        options.addAll(sharing.arguments());
        env.put("JAVA_OPTS", String.join(" ", options));
        // the H2 database goes to <dataDir>/data/h2 instead of the distribution's own directory
        env.put("KC_DB", "dev-file");
        env.put("KC_DB_URL_PATH", dataDir.toString());
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN);
        env.put("KC_LOG_CONSOLE_COLOR", "false");
        return new KeycloakServer(port, builder.start(), log, sharing);
    }

    /** The unpacked distribution of the version the build fetched (see local/pom.xml). */
    static Path distribution(Path root) {
        Properties build = new Properties();
        try (InputStream in = KeycloakServer.class.getResourceAsStream("/keycloak.properties")) {
            if (in == null) {
                throw new IllegalStateException("keycloak.properties is missing from the classpath: build local first");
            }
            build.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path home = root.resolve(build.getProperty("keycloak.home"));
        if (!Files.isRegularFile(home.resolve("bin").resolve("kc.sh"))) {
            throw new IllegalStateException("Keycloak is missing from " + home
                    + ": build first (./mvnw -DskipTests package fetches it from Maven Central)");
        }
        return home;
    }

    /** Keycloak as a browser reaches it: the console signs in there. */
    String browserUrl() {
        return "http://localhost:" + port;
    }

    /** The issuer of the realm's tokens, and the base of its browser-facing endpoints. */
    String issuer() {
        return browserUrl() + "/realms/" + REALM;
    }

    String tokenUrl() {
        return issuer() + "/protocol/openid-connect/token";
    }

    String discoveryUrl() {
        return issuer() + "/.well-known/openid-configuration";
    }

    /** Where the services fetch the signing keys: loopback, no name resolution. */
    String jwkSetUri() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM + "/protocol/openid-connect/certs";
    }

    /**
     * Lets a browser page of {@code origins} call the token endpoint for {@code clientId} (its CORS "web origins"),
     * through the admin API with the development admin account. The realm file names the local run's and docker-compose's
     * fixed addresses; a stack on other ports (the system tests) adds its own, as a deployment adds its address.
     */
    void allowWebOrigins(String clientId, List<String> origins) throws IOException, InterruptedException {
        ObjectMapper json = new ObjectMapper();
        String base = "http://127.0.0.1:" + port;
        HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(base
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=" + ADMIN
                        + "&password=" + ADMIN)).build(), HttpResponse.BodyHandlers.ofString());
        require(token, "admin token");
        String bearer = "Bearer " + json.readTree(token.body()).get("access_token").asText();
        String clients = base + "/admin/realms/" + REALM + "/clients";
        HttpResponse<String> found = HTTP.send(HttpRequest.newBuilder(URI.create(clients + "?clientId="
                + URLEncoder.encode(clientId, StandardCharsets.UTF_8))).header("Authorization", bearer).build(),
                HttpResponse.BodyHandlers.ofString());
        require(found, "client " + clientId);
        ObjectNode client = (ObjectNode) json.readTree(found.body()).get(0);
        ArrayNode webOrigins = client.withArray("webOrigins");
        List<String> present = new ArrayList<>();
        webOrigins.forEach(origin -> present.add(origin.asText()));
        if (present.containsAll(origins)) {
            return;
        }
        origins.stream().filter(origin -> !present.contains(origin)).forEach(webOrigins::add);
        HttpResponse<String> updated = HTTP.send(HttpRequest.newBuilder(URI.create(clients + "/"
                        + client.get("id").asText())).header("Authorization", bearer)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(client))).build(),
                HttpResponse.BodyHandlers.ofString());
        require(updated, "update of client " + clientId);
    }

    private static void require(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Keycloak's admin API refused the " + what + ": " + response.statusCode()
                    + " " + response.body());
        }
    }

    /** The Keycloak JVM (kc.sh replaces itself with it, or runs it as its child). */
    long pid() {
        return process.descendants().filter(p -> p.info().command().orElse("").endsWith("java"))
                .map(ProcessHandle::pid).findFirst().orElse(process.pid());
    }

    /** Waits until the realm publishes its discovery document; fails early if Keycloak stopped. */
    void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/realms/" + REALM
                + "/.well-known/openid-configuration")).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(StartFailure.describe("Keycloak", process.exitValue(), log));
            }
            try {
                if (HTTP.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Keycloak was not ready within " + timeout.toSeconds() + " s; see " + log);
    }

    /**
     * SIGTERM (kc.sh passes it on to its JVM), then forces whatever is left after the grace period: the script and
     * its JVM, so no Keycloak outlives the stack.
     */
    @Override
    public void close() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        process.destroy();
        boolean clean = true;
        try {
            // a JVM recording its class archive writes it as it exits
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(sharing.recording() == null ? 20 : 90);
            for (ProcessHandle handle : tree) {
                long left = Math.max(0, deadline - System.nanoTime());
                try {
                    handle.onExit().get(left, TimeUnit.NANOSECONDS);
                } catch (TimeoutException | ExecutionException e) {
                    clean = false;
                    handle.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            clean = false;
            tree.forEach(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
        }
        sharing.finish(clean);
    }
}
