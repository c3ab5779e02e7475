package fr.ipe.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** What the current caller's token grants. */
public final class Callers {

    private Callers() {
    }

    /** True when the current caller holds {@code role} (one of {@link Roles}). */
    public static boolean hasRole(String role) {
        return hasRole(SecurityContextHolder.getContext().getAuthentication(), role);
    }

    public static boolean hasRole(Authentication caller, String role) {
        String authority = "ROLE_" + role;
        return caller != null && caller.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
