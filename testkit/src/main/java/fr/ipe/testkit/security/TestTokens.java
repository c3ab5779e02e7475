package fr.ipe.testkit.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The token issuer of one test JVM: a key pair, its JWKS endpoint on loopback, and tokens for any role. A token is
 * signed once per caller and reused for an hour (it lives eight): an RSA signature per request was most of the time of
 * the tests that send thousands of requests.
 */
public final class TestTokens {

    private static final Duration REUSED = Duration.ofHours(1);
    private static TestTokens instance;

    private final TokenIssuer issuer;
    private final JwkSetServer server;
    private final Map<String, Signed> signed = new ConcurrentHashMap<>();

    private record Signed(String token, Instant at) {
    }

    private TestTokens(TokenIssuer issuer, JwkSetServer server) {
        this.issuer = issuer;
        this.server = server;
    }

    public static synchronized TestTokens get() {
        if (instance == null) {
            TokenIssuer issuer = TokenIssuer.withNewKey();
            try {
                instance = new TestTokens(issuer, JwkSetServer.start(issuer, 0));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public String jwkSetUri() {
        return server.jwkSetUri();
    }

    public TokenIssuer issuer() {
        return issuer;
    }

    /** A token for a role that is not scoped to an académie (NATIONAL, ASSOCIATION, FINANCE, OPS). */
    public String token(String role) {
        return reused(role.toLowerCase() + "-user", role, null);
    }

    /** A token for a RECTORAT or IPE of {@code academie}. */
    public String token(String role, String academie) {
        return reused(role.toLowerCase() + "-" + academie, role, academie);
    }

    private String reused(String username, String role, String academie) {
        Instant now = Instant.now();
        return signed.compute(username + "|" + role, (key, kept) -> kept != null && kept.at().plus(REUSED).isAfter(now)
                ? kept : new Signed(issuer.token(username, List.of(role), academie), now)).token();
    }

    public String bearer(String role) {
        return "Bearer " + token(role);
    }

    public String bearer(String role, String academie) {
        return "Bearer " + token(role, academie);
    }
}
