package fr.ipe.testkit.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Signs RS256 access tokens shaped like Keycloak's ({@code roles}, {@code academie}, {@code preferred_username}), and
 * publishes the public key as a JWK set: tests sign their own tokens; the local run and docker-compose use Keycloak.
 */
public final class TokenIssuer {

    /** The issuer a Keycloak realm {@code ipe} on loopback would name; the services check signatures only. */
    public static final String ISSUER = "http://127.0.0.1/realms/ipe";

    private final RSAKey key;

    private TokenIssuer(RSAKey key) {
        this.key = key;
    }

    /** A fresh key pair, for tests. */
    public static TokenIssuer withNewKey() {
        try {
            return new TokenIssuer(new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE)
                    .keyID(UUID.randomUUID().toString()).generate());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String token(String username, List<String> roles, String academie) {
        return token(username, roles, academie, Duration.ofHours(8));
    }

    public String token(String username, List<String> roles, String academie, Duration lifetime) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(username)
                .claim("preferred_username", username)
                .claim("roles", roles)
                .claim("azp", "ipe-cli")
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)));
        if (academie != null) {
            claims.claim("academie", academie);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public JWK set, as served at the JWKS endpoint. */
    public String jwkSetJson() {
        return new JWKSet(key.toPublicJWK()).toString();
    }
}
