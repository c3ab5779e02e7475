package fr.ipe.testkit.security;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * Publishes a {@link TokenIssuer}'s public key on loopback at Keycloak's certs path for realm {@code ipe}, so services
 * under test verify the tokens their tests sign exactly as they verify Keycloak's. Issues no token: the local run and
 * the system tests use Keycloak itself.
 */
public final class JwkSetServer implements AutoCloseable {

    public static final String CERTS_PATH = "/realms/ipe/protocol/openid-connect/certs";

    private final HttpServer server;

    private JwkSetServer(HttpServer server) {
        this.server = server;
    }

    /** Serves {@code issuer}'s key set on {@code port} (0: any free port). */
    public static JwkSetServer start(TokenIssuer issuer, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext(CERTS_PATH, exchange -> respond(exchange, issuer.jwkSetJson()));
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "jwk-set-server");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return new JwkSetServer(server);
    }

    public String jwkSetUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + CERTS_PATH;
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
