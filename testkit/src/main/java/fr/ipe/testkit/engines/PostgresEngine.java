package fr.ipe.testkit.engines;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** A real PostgreSQL server (zonky's binaries) run as a child process, its data directory kept across restarts. */
public final class PostgresEngine implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private PostgresEngine(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    public static PostgresEngine start(Path dataDir, int port) throws IOException {
        return start(dataDir, port, true);
    }

    /**
     * Starts the server; with {@code stopAtExit} false the caller stops it ({@link #close()}), which lets it stop the
     * server only after what uses it (zonky's own shutdown hook would run at the same time as the others).
     */
    public static PostgresEngine start(Path dataDir, int port, boolean stopAtExit) throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(stopAtExit)
                .setDataDirectory(dataDir.toAbsolutePath().toFile())
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", "on")
                .start();
        return new PostgresEngine(postgres, dataDir.toAbsolutePath());
    }

    /**
     * The server's process id (its first line of {@code postmaster.pid}; -1 if unreadable): pg_ctl starts it detached,
     * so it is no descendant of the process that started it.
     */
    public long pid() {
        try {
            return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
        } catch (IOException | RuntimeException unreadable) {
            return -1;
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public String username() {
        return "postgres";
    }

    public String password() {
        return "";
    }

    /** Creates {@code database} unless it exists. */
    public void ensureDatabase(String database) throws SQLException {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a database name: " + database);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
            if (!exists.next()) {
                try (Statement create = connection.createStatement()) {
                    create.execute("CREATE DATABASE \"" + database + "\"");
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
