package fr.ipe.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Bearer tokens already verified, by their exact text, until they expire. Verifying a token's RSA signature was a
 * fifth of a service's CPU per request (profiled on the write path), and the same token comes with every request of
 * a session, to the gateway and then to the service. A token is only ever remembered after its signature and claims
 * were verified; a cached one is answered only while it has not expired; a refused token is never remembered.
 * Bounded: the least recently used tokens go first.
 */
public final class VerifiedTokens {

    /** Each entry holds a token's text and its claims (about 3 KB): 2 000 sessions in a few MB of heap. */
    static final int MAXIMUM = 2_000;
    /** Longest a token stays remembered whatever its own expiry: a rotated-out signing key stops counting after it. */
    static final Duration LONGEST = Duration.ofMinutes(5);

    private final Clock clock;
    private final Cache<String, Jwt> verified;

    public VerifiedTokens(Clock clock) {
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(MAXIMUM).expireAfter(new Expiry<String, Jwt>() {
            @Override
            public long expireAfterCreate(String token, Jwt jwt, long now) {
                return remaining(jwt).toNanos();
            }

            @Override
            public long expireAfterUpdate(String token, Jwt jwt, long now, long current) {
                return remaining(jwt).toNanos();
            }

            @Override
            public long expireAfterRead(String token, Jwt jwt, long now, long current) {
                return current;
            }
        }).build();
    }

    /** The verified token {@code token}, if it was verified and has not expired since. */
    public Optional<Jwt> find(String token) {
        Jwt jwt = verified.getIfPresent(token);
        if (jwt == null || jwt.getExpiresAt() == null || !jwt.getExpiresAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(jwt);
    }

    /** Remembers a token whose signature and claims the decoder just verified. */
    public Jwt remember(String token, Jwt jwt) {
        if (jwt.getExpiresAt() != null && jwt.getExpiresAt().isAfter(clock.instant())) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    private Duration remaining(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        Duration left = expiresAt == null ? Duration.ZERO : Duration.between(clock.instant(), expiresAt);
        return left.isNegative() ? Duration.ZERO : left.compareTo(LONGEST) > 0 ? LONGEST : left;
    }

    /** A decoder in front of the cache: the one given verifies a token the first time it comes, the cache after. */
    public JwtDecoder before(JwtDecoder decoder) {
        return new Remembering(decoder, this);
    }

    /**
     * Puts the cache in front of the servlet resource server's decoder (the one Spring Boot builds from the realm's
     * keys); the reactive gateway does the same in its own configuration.
     */
    public static BeanPostProcessor inFrontOfEveryDecoder() {
        VerifiedTokens tokens = new VerifiedTokens(Clock.systemUTC());
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof Remembering)
                        ? tokens.before(decoder) : bean;
            }
        };
    }

    private record Remembering(JwtDecoder decoder, VerifiedTokens tokens) implements JwtDecoder {
        @Override
        public Jwt decode(String token) {
            return tokens.find(token).orElseGet(() -> tokens.remember(token, decoder.decode(token)));
        }
    }
}
