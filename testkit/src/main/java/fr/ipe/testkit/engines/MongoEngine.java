package fr.ipe.testkit.engines;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** MongoDB's wire protocol from mongo-java-server, its data in an H2 MVStore file on disk. */
public final class MongoEngine implements AutoCloseable {

    private final MongoServer server;
    private final int port;

    private MongoEngine(MongoServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static MongoEngine start(Path dataFile, int port) throws IOException {
        Files.createDirectories(dataFile.toAbsolutePath().getParent());
        MongoServer server = new MongoServer(new H2Backend(dataFile.toAbsolutePath().toString()));
        server.bind("127.0.0.1", port);
        return new MongoEngine(server, server.getLocalAddress().getPort());
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
