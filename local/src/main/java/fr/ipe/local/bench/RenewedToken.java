package fr.ipe.local.bench;

import fr.ipe.local.demo.DemoUsers;
import fr.ipe.testkit.http.TokenClient;
import java.util.function.Supplier;

/** A demo user's access token, fetched again every minute: a long benchmark outlives Keycloak's token lifetime. */
public final class RenewedToken implements Supplier<String> {

    private final String tokenUrl;
    private final String user;
    private String token;
    private long fetchedAt;

    public RenewedToken(String tokenUrl, String user) {
        this.tokenUrl = tokenUrl;
        this.user = user;
    }

    @Override
    public synchronized String get() {
        if (token == null || System.nanoTime() - fetchedAt > 60_000_000_000L) {
            token = TokenClient.passwordGrant(tokenUrl, user, DemoUsers.PASSWORD);
            fetchedAt = System.nanoTime();
        }
        return token;
    }

    /** Fetches a new token now: a measure shorter than a minute that starts with one never waits for Keycloak. */
    public synchronized void renew() {
        token = null;
        get();
    }

    /** "Bearer …" */
    public String bearer() {
        return "Bearer " + get();
    }
}
