package fr.ipe.testkit.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The token issuer of one test JVM: a key pair, its JWKS endpoint on loopback, and tokens for any role. */
public final class TestTokens {

    private static TestTokens instance;

    private final TokenIssuer issuer;
    private final JwkSetServer server;

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
        return issuer.token(role.toLowerCase() + "-user", List.of(role), null);
    }

    /** A token for a RECTORAT or IPE of {@code academie}. */
    public String token(String role, String academie) {
        return issuer.token(role.toLowerCase() + "-" + academie, List.of(role), academie);
    }

    public String bearer(String role) {
        return "Bearer " + token(role);
    }

    public String bearer(String role, String academie) {
        return "Bearer " + token(role, academie);
    }
}
