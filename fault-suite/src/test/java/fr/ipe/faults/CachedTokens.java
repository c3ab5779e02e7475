package fr.ipe.faults;

import fr.ipe.local.demo.DemoUsers;
import fr.ipe.testkit.http.TokenClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** The demo users' bearer tokens from the realm, each fetched again after a minute (the realm's tokens live five). */
final class CachedTokens {

    private record CachedToken(String bearer, long fetchedAt) {
    }

    private final Supplier<String> tokenUrl;
    private final Map<String, CachedToken> tokens = new ConcurrentHashMap<>();

    CachedTokens(Supplier<String> tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    Supplier<String> of(String user) {
        return () -> tokens.compute(user, (name, cached) -> cached != null
                && System.nanoTime() - cached.fetchedAt() < Duration.ofMinutes(1).toNanos() ? cached
                : new CachedToken(TokenClient.passwordGrant(tokenUrl.get(), name, DemoUsers.PASSWORD),
                        System.nanoTime())).bearer();
    }
}
