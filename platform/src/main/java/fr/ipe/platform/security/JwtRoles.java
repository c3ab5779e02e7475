package fr.ipe.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * Reads the caller's roles from a JWT: the {@code roles} claim (our tokens, and Keycloak with a roles mapper), or
 * Keycloak's default {@code realm_access.roles}. Each role becomes a {@code ROLE_} authority.
 */
public final class JwtRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

    public static JwtAuthenticationConverter authenticationConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new JwtRoles());
        converter.setPrincipalClaimName("preferred_username");
        return converter;
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        return roles(jwt).map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    static Stream<String> roles(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(Roles.ROLES_CLAIM);
        if (roles == null && jwt.getClaim("realm_access") instanceof Map<?, ?> realmAccess
                && realmAccess.get("roles") instanceof Collection<?> realmRoles) {
            roles = realmRoles.stream().map(String::valueOf).toList();
        }
        return roles == null ? Stream.empty() : roles.stream().map(String::toUpperCase);
    }
}
