package fr.ipe.testkit.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A small OpenID provider on loopback with Keycloak's paths for realm {@code ipe}: the JWK set, the discovery document,
 * and the token endpoint (password grant), so the same {@code curl} obtains a token locally and from Keycloak.
 */
public final class TokenServer implements AutoCloseable {

    public static final String REALM_PATH = "/realms/ipe";
    public static final String CERTS_PATH = REALM_PATH + "/protocol/openid-connect/certs";
    public static final String TOKEN_PATH = REALM_PATH + "/protocol/openid-connect/token";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final TokenIssuer issuer;

    private TokenServer(HttpServer server, TokenIssuer issuer) {
        this.server = server;
        this.issuer = issuer;
    }

    /** Serves {@code issuer}'s keys, and tokens for the users {@code users} finds by name. */
    public static TokenServer start(TokenIssuer issuer, int port, Function<String, Optional<DemoUser>> users)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        TokenServer tokens = new TokenServer(server, issuer);
        issuer.setIssuer(tokens.baseUrl() + REALM_PATH);
        server.createContext(CERTS_PATH, exchange -> respond(exchange, 200, issuer.jwkSetJson()));
        server.createContext(REALM_PATH + "/.well-known/openid-configuration", exchange -> respond(exchange, 200,
                JSON.writeValueAsString(Map.of("issuer", issuer.issuer(),
                        "jwks_uri", tokens.baseUrl() + CERTS_PATH,
                        "token_endpoint", tokens.baseUrl() + TOKEN_PATH,
                        "grant_types_supported", new String[] {"password"}))));
        server.createContext(TOKEN_PATH, exchange -> tokens.token(exchange, users));
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "token-server");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return tokens;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String jwkSetUri() {
        return baseUrl() + CERTS_PATH;
    }

    public String tokenUri() {
        return baseUrl() + TOKEN_PATH;
    }

    private void token(HttpExchange exchange, Function<String, Optional<DemoUser>> users) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, "{\"error\":\"invalid_request\",\"error_description\":\"POST a form\"}");
            return;
        }
        Map<String, String> form = parseForm(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!"password".equals(form.get("grant_type"))) {
            respond(exchange, 400, "{\"error\":\"unsupported_grant_type\",\"error_description\":\"use grant_type=password\"}");
            return;
        }
        Optional<DemoUser> user = Optional.ofNullable(form.get("username")).flatMap(users)
                .filter(u -> u.password().equals(form.get("password")));
        if (user.isEmpty()) {
            respond(exchange, 401, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}");
            return;
        }
        respond(exchange, 200, JSON.writeValueAsString(Map.of("access_token", issuer.token(user.get()),
                "token_type", "Bearer", "expires_in", 8 * 3600)));
    }

    private static Map<String, String> parseForm(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
