package fr.ipe.testkit.engines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The engines of one test JVM, started once and shared by every test in it: Testcontainers images when a Docker
 * engine is present, the embedded engines (real PostgreSQL, KRaft Kafka, mongo-java-server) otherwise. Tests get
 * their isolation from a database of their own, never from a mock.
 */
public final class Engines {

    private static final Logger log = LoggerFactory.getLogger(Engines.class);
    private static Engines instance;
    /** What runs on the engines (the services under test), closed before the engines stop; weak: an evicted one goes. */
    private static final Set<AutoCloseable> users =
            Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private final String kafkaBootstrap;
    private final String mongoUri;
    private final String postgresUrlPrefix;
    private final String postgresUser;
    private final String postgresPassword;
    private final boolean containers;

    private Engines(String kafkaBootstrap, String mongoUri, String postgresUrlPrefix, String postgresUser,
                    String postgresPassword, boolean containers) {
        this.kafkaBootstrap = kafkaBootstrap;
        this.mongoUri = mongoUri;
        this.postgresUrlPrefix = postgresUrlPrefix;
        this.postgresUser = postgresUser;
        this.postgresPassword = postgresPassword;
        this.containers = containers;
    }

    public static synchronized Engines get() {
        if (instance == null) {
            long started = System.nanoTime();
            instance = dockerAvailable() ? startContainers() : startEmbedded();
            log.info("Test engines ({}) ready in {} ms", instance.containers ? "Testcontainers" : "embedded",
                    (System.nanoTime() - started) / 1_000_000);
        }
        return instance;
    }

    private static boolean dockerAvailable() {
        if (Boolean.getBoolean("ipe.engines.embedded")) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @SuppressWarnings("resource")
    private static Engines startContainers() {
        PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>("postgres:17-alpine");
        KafkaContainer kafka = new KafkaContainer("apache/kafka:3.9.1");
        MongoDBContainer mongo = new MongoDBContainer("mongo:7.0");
        postgres.start();
        kafka.start();
        mongo.start();
        String prefix = postgres.getJdbcUrl().substring(0, postgres.getJdbcUrl().lastIndexOf('/') + 1);
        return new Engines(kafka.getBootstrapServers(), mongo.getConnectionString(), prefix,
                postgres.getUsername(), postgres.getPassword(), true);
    }

    private static Engines startEmbedded() {
        try {
            Path root = Files.createTempDirectory("ipe-test-engines");
            PostgresEngine postgres = PostgresEngine.start(root.resolve("postgres"), FreePorts.next(), false);
            KraftBroker kafka = KraftBroker.start(root.resolve("kafka"), FreePorts.next(), FreePorts.next());
            MongoEngine mongo = MongoEngine.start(root.resolve("mongo/views.mv"), 0);
            // The JVM runs its shutdown hooks all at once. Stopped beside Spring's, the engines went away under the
            // services still closing, whose close then waited for them (Axon's processors retrying PostgreSQL, Kafka
            // consumers leaving their group) until Surefire killed the JVM 30 s later: the services close first.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                closeUsers();
                try {
                    kafka.close();
                    mongo.close();
                    postgres.close();
                } catch (Exception e) {
                    log.warn("Engines did not stop cleanly", e);
                }
            }, "test-engines-shutdown"));
            return new Engines(kafka.bootstrapServers(), mongo.connectionString(),
                    "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/", postgres.username(), postgres.password(),
                    false);
        } catch (Exception e) {
            throw new IllegalStateException("The embedded test engines did not start", e);
        }
    }

    /**
     * Names something that runs on the engines (a service's application context): it is closed before the engines stop
     * at the JVM's exit, or, if another shutdown hook is closing it, waited for (a context's close waits for a close
     * in progress).
     */
    public static void usedBy(AutoCloseable user) {
        users.add(user);
    }

    private static void closeUsers() {
        List<AutoCloseable> open;
        synchronized (users) {
            open = new ArrayList<>(users);
        }
        for (AutoCloseable user : open) {
            try {
                user.close();
            } catch (Exception e) {
                log.warn("A user of the engines did not close cleanly", e);
            }
        }
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrap;
    }

    public String mongoUri() {
        return mongoUri;
    }

    public String postgresUser() {
        return postgresUser;
    }

    public String postgresPassword() {
        return postgresPassword;
    }

    public boolean runsInContainers() {
        return containers;
    }

    /** Creates a fresh database and answers its JDBC URL. */
    public String newDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(postgresUrlPrefix + "postgres", postgresUser,
                postgresPassword); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE \"" + name + "\"");
        } catch (Exception e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return postgresUrlPrefix + name;
    }
}
