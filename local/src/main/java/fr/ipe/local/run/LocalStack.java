package fr.ipe.local.run;

import fr.ipe.testkit.engines.KraftBroker;
import fr.ipe.testkit.engines.MongoEngine;
import fr.ipe.testkit.engines.PostgresEngine;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every engine and every service of the suite on one machine with nothing installed but a JDK: PostgreSQL, a KRaft
 * Kafka broker and MongoDB (mongo-java-server) with their data under one directory, Keycloak with the realm of
 * docker-compose, and each service as its own JVM. Used by the local run and by the system tests.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
    /** The databases of the write services and the gateway's (its rate limits), created on first start. */
    static final List<String> DATABASES = List.of("convention", "mission", "action", "stagebank", "gateway");
    /**
     * How long a service may take to be ready: a JVM starts in about 30 s on an idle 2-core machine, but several
     * minutes when other builds share its cores (the system tests then failed at 240 s with nothing wrong).
     */
    static final Duration SERVICE_START = Duration.ofSeconds(600);

    private final LocalPorts ports;
    private final List<AutoCloseable> engines = Collections.synchronizedList(new ArrayList<>());
    private final List<ServiceProcess> services = Collections.synchronizedList(new ArrayList<>());
    private volatile KeycloakServer keycloak;
    /** The gateway's environment, for a further gateway beside it (benchmarks). */
    private final Map<String, String> gatewayEnvironment = new HashMap<>();

    private final boolean scheduledDeadlines;
    /** How many instances of the gateway and of each service run (their names after the first end in -2, -3). */
    private final int instances;
    /** The ports of each instance, the first's being {@link #ports}. */
    private final List<LocalPorts> instancePorts = new ArrayList<>();
    private volatile KraftBroker broker;
    private volatile PostgresEngine postgres;
    private Path brokerData;
    private Path root;
    private Path logs;

    private LocalStack(LocalPorts ports, boolean scheduledDeadlines, int instances) {
        if (instances < 1) {
            throw new IllegalArgumentException("at least one instance of each service, not " + instances);
        }
        this.ports = ports;
        this.scheduledDeadlines = scheduledDeadlines;
        this.instances = instances;
        for (int n = 1; n <= instances; n++) {
            instancePorts.add(ports.instance(n));
        }
    }

    /** Starts everything; on failure, stops what had started and rethrows. */
    public static LocalStack start(Path root, Path dataDir, LocalPorts ports) throws Exception {
        return start(root, dataDir, ports, true);
    }

    /**
     * As {@link #start(Path, Path, LocalPorts)}; {@code scheduledDeadlines} false leaves deadlines to explicit sweeps, for
     * tests that move the business clock themselves and must not race a scheduled sweep on the real date.
     */
    public static LocalStack start(Path root, Path dataDir, LocalPorts ports, boolean scheduledDeadlines)
            throws Exception {
        return start(root, dataDir, ports, scheduledDeadlines, 1);
    }

    /**
     * As {@link #start(Path, Path, LocalPorts, boolean)} with {@code instances} instances of the gateway and of every
     * service (ports: {@link LocalPorts#instance(int)}); each gateway balances between the instances of each service
     * and they share their rate limits.
     */
    public static LocalStack start(Path root, Path dataDir, LocalPorts ports, boolean scheduledDeadlines,
                                   int instances) throws Exception {
        LocalStack stack = new LocalStack(ports, scheduledDeadlines, instances);
        try {
            stack.startAll(root, dataDir);
            return stack;
        } catch (Exception e) {
            stack.close();
            throw e;
        }
    }

    private void startAll(Path root, Path dataDir) throws Exception {
        requireFree(ports.postgres(), "PostgreSQL");
        requireFree(ports.kafka(), "Kafka");
        requireFree(ports.kafkaController(), "the Kafka controller");
        requireFree(ports.mongo(), "MongoDB");
        requireFree(ports.keycloak(), "Keycloak");
        for (LocalPorts at : instancePorts) {
            requireFree(at.gateway(), "the gateway");
        }

        ExecutorService starting = Executors.newFixedThreadPool(3);
        try {
            Future<PostgresEngine> postgres = starting.submit(() -> register(
                    PostgresEngine.start(dataDir.resolve("postgres"), ports.postgres())));
            Future<KraftBroker> kafka = starting.submit(() -> register(
                    KraftBroker.start(dataDir.resolve("kafka"), ports.kafka(), ports.kafkaController())));
            Future<MongoEngine> mongo = starting.submit(() -> register(
                    MongoEngine.start(dataDir.resolve("mongo").resolve("views.mv"), ports.mongo())));
            // Keycloak starts beside the engines and services: they fetch its keys only on the first request
            keycloak = KeycloakServer.start(root, dataDir.resolve("keycloak"), ports.keycloak(), dataDir.resolve("logs"));
            broker = kafka.get();
            brokerData = dataDir.resolve("kafka");
            PostgresEngine pg = postgres.get();
            this.postgres = pg;
            for (String database : DATABASES) {
                pg.ensureDatabase(database);
            }
            startServices(root, dataDir.resolve("logs"), pg, kafka.get().bootstrapServers(), mongo.get().connectionString());
            // the first start after a build also prepares Keycloak's distribution (about a minute on a busy machine)
            keycloak.awaitReady(Duration.ofSeconds(300));
            // the console, served by the gateway, exchanges its code at Keycloak's token endpoint from its own origin
            List<String> origins = new ArrayList<>();
            for (LocalPorts at : instancePorts) {
                origins.addAll(List.of("http://localhost:" + at.gateway(), "http://127.0.0.1:" + at.gateway()));
            }
            keycloak.allowWebOrigins("ipe-web", origins);
            log.info("Keycloak ready at {}", keycloak.issuer());
        } finally {
            starting.shutdownNow();
        }
    }

    private <T extends AutoCloseable> T register(T engine) {
        engines.add(engine);
        return engine;
    }

    private void startServices(Path root, Path logs, PostgresEngine postgres, String kafka, String mongo)
            throws Exception {
        Map<String, String> common = new HashMap<>();
        common.put("IPE_KAFKA_BOOTSTRAP", kafka);
        common.put("IPE_JWK_SET_URI", keycloak.jwkSetUri());
        common.put("IPE_DB_USER", postgres.username());
        common.put("IPE_DB_PASSWORD", postgres.password());

        Map<String, String> convention = new HashMap<>(common);
        convention.put("IPE_CONVENTION_DB_URL", postgres.jdbcUrl("convention"));
        // local runs and system tests may move the business date (OPS only) to run conventions through the years
        convention.put("IPE_BUSINESS_CLOCK_SETTABLE", "true");
        convention.put("IPE_DEADLINES_SCHEDULED", String.valueOf(scheduledDeadlines));
        Map<String, String> mission = new HashMap<>(common);
        mission.put("IPE_MISSION_DB_URL", postgres.jdbcUrl("mission"));
        // the erasure of an IPE's personal data is dated by the business date (OPS may move it in local runs)
        mission.put("IPE_BUSINESS_CLOCK_SETTABLE", "true");
        Map<String, String> action = new HashMap<>(common);
        action.put("IPE_ACTION_DB_URL", postgres.jdbcUrl("action"));
        Map<String, String> stageBank = new HashMap<>(common);
        stageBank.put("IPE_STAGE_BANK_DB_URL", postgres.jdbcUrl("stagebank"));
        Map<String, String> reporting = new HashMap<>(common);
        reporting.put("IPE_MONGO_URI", mongo);
        reporting.put("IPE_MONGO_DATABASE", "reporting");

        for (int n = 1; n <= instances; n++) {
            LocalPorts at = instancePorts.get(n - 1);
            startInstance(root, "convention-service", n, at.convention(), convention, logs);
            startInstance(root, "mission-service", n, at.mission(), mission, logs);
            startInstance(root, "action-service", n, at.action(), action, logs);
            startInstance(root, "stage-bank-service", n, at.stageBank(), stageBank, logs);
            startInstance(root, "reporting-service", n, at.reporting(), reporting, logs);
        }

        Map<String, String> gateway = new HashMap<>(common);
        // each gateway balances between the instances of a service (comma-separated URLs)
        gateway.put("IPE_CONVENTION_URL", urls(instancePorts, LocalPorts::convention));
        gateway.put("IPE_MISSION_URL", urls(instancePorts, LocalPorts::mission));
        gateway.put("IPE_ACTION_URL", urls(instancePorts, LocalPorts::action));
        gateway.put("IPE_STAGE_BANK_URL", urls(instancePorts, LocalPorts::stageBank));
        gateway.put("IPE_REPORTING_URL", urls(instancePorts, LocalPorts::reporting));
        // the rate limits' buckets, shared by the gateways
        gateway.put("IPE_GATEWAY_DB_URL", postgres.jdbcUrl("gateway"));
        // the console's page signs in at Keycloak as the browser reaches it
        gateway.put("IPE_CONSOLE_KEYCLOAK_URL", keycloak.browserUrl());
        gatewayEnvironment.putAll(gateway);
        this.root = root;
        this.logs = logs;
        for (int n = 1; n <= instances; n++) {
            startInstance(root, "gateway", n, instancePorts.get(n - 1).gateway(), gateway, logs);
        }

        for (ServiceProcess service : List.copyOf(services)) {
            service.awaitReady(SERVICE_START);
            log.info("{} ready at {}", service.name(), service.url());
        }
    }

    private void startInstance(Path root, String module, int n, int port, Map<String, String> environment, Path logs)
            throws IOException {
        services.add(ServiceProcess.start(root, module, instanceName(module, n), port, environment, logs));
    }

    /** The first instance has the module's name, the next ones {@code <module>-2}, {@code <module>-3}. */
    public static String instanceName(String module, int n) {
        return n == 1 ? module : module + "-" + n;
    }

    private static String urls(List<LocalPorts> instances, ToIntFunction<LocalPorts> port) {
        return String.join(",", instances.stream().map(at -> "http://127.0.0.1:" + port.applyAsInt(at)).toList());
    }

    /**
     * Starts one more gateway in front of the same services, on {@code port}, with {@code overrides} added to its
     * environment (a benchmark compares two configurations side by side); it stops with the stack.
     */
    public String startAnotherGateway(String name, int port, Map<String, String> overrides) throws Exception {
        Map<String, String> environment = new HashMap<>(gatewayEnvironment);
        environment.putAll(overrides);
        ServiceProcess gateway = ServiceProcess.start(root, "gateway", port, environment, logs.resolve(name));
        services.add(gateway);
        gateway.awaitReady(SERVICE_START);
        return "http://127.0.0.1:" + port;
    }

    /** Kills a service's JVM at once (SIGKILL), as a crash would; {@link #restartService} brings it back. */
    public void killService(String name) {
        service(name).kill();
    }

    /** Starts a killed or stopped service again with its configuration, and waits until it is ready. */
    public void restartService(String name) throws Exception {
        ServiceProcess old = service(name);
        old.kill();
        ServiceProcess again = old.startAgain();
        services.set(services.indexOf(old), again);
        again.awaitReady(SERVICE_START);
    }

    /** The services and the gateway, by name. */
    public List<String> serviceNames() {
        return services.stream().map(ServiceProcess::name).toList();
    }

    /** Whether a service's JVM is alive (it may still be starting). */
    public boolean isRunning(String name) {
        return service(name).isAlive();
    }

    /** Stops the Kafka broker (a controlled shutdown); its data stays for {@link #startBroker}. */
    public void stopBroker() {
        KraftBroker running = broker;
        if (running != null) {
            engines.remove(running);
            running.close();
            broker = null;
        }
    }

    /** Starts the Kafka broker again on the same ports and data. */
    public void startBroker() throws Exception {
        if (broker == null) {
            broker = register(KraftBroker.start(brokerData, ports.kafka(), ports.kafkaController()));
        }
    }

    /** JDBC URL of a write service's database (its event store), for checks that compare views with it. */
    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    public String databaseUser() {
        return postgres.username();
    }

    public String databasePassword() {
        return postgres.password();
    }

    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + ports.kafka();
    }

    /** The base URL of a service (an instance's name), behind the gateway (for ops checks that must not go through it). */
    public String serviceUrl(String name) {
        return service(name).url();
    }

    /** How many instances of the gateway and of each service run. */
    public int instances() {
        return instances;
    }

    /** The ports of the {@code n}th instance of the gateway and services (from 1), the engines' included. */
    public LocalPorts ports(int n) {
        return instancePorts.get(n - 1);
    }

    /** The URL of the {@code n}th gateway (from 1). */
    public String gatewayUrl(int n) {
        return "http://127.0.0.1:" + instancePorts.get(n - 1).gateway();
    }

    private ServiceProcess service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + ports.gateway();
    }

    /** The console, at the name Keycloak's redirect URIs and the browser's secure context expect. */
    public String consoleUrl() {
        return "http://localhost:" + ports.gateway() + "/console/";
    }

    /** The realm's token endpoint (password grant of {@code ipe-cli}, code exchange of {@code ipe-web}). */
    public String tokenUrl() {
        return keycloak.tokenUrl();
    }

    /** The realm's OpenID discovery document: the authorization, token and key endpoints. */
    public String discoveryUrl() {
        return keycloak.discoveryUrl();
    }

    public String issuer() {
        return keycloak.issuer();
    }

    public LocalPorts ports() {
        return ports;
    }

    /** Process ids of Keycloak's and the services' JVMs and of the PostgreSQL server by name, for measuring memory. */
    public Map<String, Long> processIds() {
        Map<String, Long> pids = new LinkedHashMap<>();
        if (keycloak != null) {
            pids.put("keycloak", keycloak.pid());
        }
        services.forEach(service -> pids.put(service.name(), service.pid()));
        if (postgres != null && postgres.pid() > 0) {
            pids.put("postgresql", postgres.pid());
        }
        return pids;
    }

    /** Stops the services first (gateway last to first), then Keycloak and the engines. */
    @Override
    public void close() {
        List<ServiceProcess> running = new ArrayList<>(services);
        Collections.reverse(running);
        running.parallelStream().forEach(service -> service.stop(Duration.ofSeconds(20)));
        services.clear();
        if (keycloak != null) {
            keycloak.close();
            keycloak = null;
        }
        List<AutoCloseable> started = new ArrayList<>(engines);
        Collections.reverse(started);
        for (AutoCloseable engine : started) {
            try {
                engine.close();
            } catch (Exception e) {
                log.warn("{} did not stop cleanly", engine.getClass().getSimpleName(), e);
            }
        }
        engines.clear();
    }

    private static void requireFree(int port, String what) {
        try (ServerSocket probe = new ServerSocket(port)) {
            probe.setReuseAddress(true);
        } catch (IOException taken) {
            throw new IllegalStateException("Port " + port + " for " + what + " is already in use: stop whatever holds "
                    + "it (another local run, or a server installed on this machine) and start again");
        }
    }
}
