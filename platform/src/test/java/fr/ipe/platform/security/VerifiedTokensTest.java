package fr.ipe.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    private final MovingClock clock = new MovingClock();
    private final List<String> verified = new ArrayList<>();
    private final JwtDecoder realm = token -> {
        verified.add(token);
        if (token.endsWith("forged")) {
            throw new BadJwtException("signature does not match");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("rectorat-lyon")
                .issuedAt(NOW).expiresAt(NOW.plus(Duration.ofMinutes(30))).build();
    };
    private final JwtDecoder decoder = new VerifiedTokens(clock).before(realm);

    @Test
    void aTokenIsVerifiedOnceAndAnsweredFromMemoryAfter() {
        Jwt first = decoder.decode("header.claims.signature");
        Jwt second = decoder.decode("header.claims.signature");

        assertThat(second).isSameAs(first);
        assertThat(verified).containsExactly("header.claims.signature");
    }

    @Test
    void aRefusedTokenIsNeverRememberedAndAnotherTextIsNeverTakenForIt() {
        decoder.decode("header.claims.signature");

        assertThatThrownBy(() -> decoder.decode("header.claims.forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("header.claims.forged")).isInstanceOf(BadJwtException.class);
        assertThat(verified).containsExactly("header.claims.signature", "header.claims.forged",
                "header.claims.forged");
    }

    @Test
    void anExpiredTokenIsVerifiedAgainSoTheDecoderRefusesIt() {
        decoder.decode("header.claims.signature");
        clock.now = NOW.plus(Duration.ofMinutes(31));

        decoder.decode("header.claims.signature");

        assertThat(verified).hasSize(2);
    }

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
