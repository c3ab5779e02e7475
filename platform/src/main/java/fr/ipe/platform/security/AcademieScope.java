package fr.ipe.platform.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The one way a service checks the académie scope: a RECTORAT or IPE caller only reaches data of the académie named
 * in its token; other roles are not scoped. Use {@link #require(String)} before reading or changing data of an
 * académie, and {@link #restriction()} to filter lists.
 */
public class AcademieScope {

    /** Throws 403 unless the caller may reach data of {@code academie} (null means national data). */
    public void require(String academie) {
        Optional<String> restriction = restriction();
        if (restriction.isPresent() && !restriction.get().equals(academie)) {
            throw new AccessDeniedException(academie == null
                    ? "national data is outside the académie " + restriction.get()
                    : "académie " + academie + " is outside the caller's académie " + restriction.get());
        }
    }

    /**
     * Throws 403 unless the caller may read data of {@code academie}: national data (null) is readable by every
     * caller, an académie's data only by unscoped roles and that académie's own.
     */
    public void requireVisible(String academie) {
        if (academie != null) {
            require(academie);
        }
    }

    /** The académie the caller is confined to, or empty when the caller's role is not scoped. */
    public Optional<String> restriction() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (!(caller instanceof JwtAuthenticationToken token)) {
            throw new AccessDeniedException("no authenticated caller");
        }
        boolean national = Callers.hasRole(token, Roles.NATIONAL);
        boolean scoped = Callers.hasRole(token, Roles.RECTORAT) || Callers.hasRole(token, Roles.IPE);
        if (national || !scoped) {
            return Optional.empty();
        }
        Jwt jwt = token.getToken();
        String academie = jwt.getClaimAsString(Roles.ACADEMIE_CLAIM);
        if (academie == null || academie.isBlank()) {
            throw new AccessDeniedException("a " + Roles.RECTORAT + " or " + Roles.IPE + " token must name its académie");
        }
        return Optional.of(academie);
    }
}
