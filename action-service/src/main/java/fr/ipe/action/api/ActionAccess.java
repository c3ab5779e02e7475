package fr.ipe.action.api;

import fr.ipe.platform.security.AcademieScope;
import fr.ipe.platform.security.Callers;
import fr.ipe.platform.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an action. In an académie: its IPE and its RECTORAT record actions (plan, report, correct,
 * cancel), only its RECTORAT validates. At the national level (no académie): NATIONAL (the DGESCO) records and
 * validates. Reading: NATIONAL, ASSOCIATION and OPS read all; RECTORAT and IPE their own académie's.
 */
@Component
class ActionAccess {

    static final String READERS = "hasAnyRole('NATIONAL','ASSOCIATION','OPS','RECTORAT','IPE')";
    /** For {@code @PreAuthorize}: who records actions (plan, report, correct, cancel). */
    static final String RECORDERS = "hasAnyRole('NATIONAL','RECTORAT','IPE')";
    /** For {@code @PreAuthorize}: who validates actions. */
    static final String VALIDATORS = "hasAnyRole('NATIONAL','RECTORAT')";

    private final AcademieScope scope;

    ActionAccess(AcademieScope scope) {
        this.scope = scope;
    }

    void requireRecord(String academie) {
        if (academie == null) {
            requireRole(Roles.NATIONAL, "only the DGESCO (NATIONAL) records national actions");
            return;
        }
        if (!Callers.hasRole(Roles.IPE) && !Callers.hasRole(Roles.RECTORAT)) {
            throw new AccessDeniedException("an IPE or the rectorat of " + academie + " records its actions");
        }
        scope.require(academie);
    }

    void requireValidate(String academie) {
        if (academie == null) {
            requireRole(Roles.NATIONAL, "only the DGESCO (NATIONAL) validates national actions");
            return;
        }
        requireRole(Roles.RECTORAT, "only the rectorat of " + academie + " validates its actions");
        scope.require(academie);
    }

    /** National actions are visible to every reader; an académie's to unscoped readers and its own. */
    void requireRead(String academie) {
        scope.requireVisible(academie);
    }

    private static void requireRole(String role, String message) {
        if (!Callers.hasRole(role)) {
            throw new AccessDeniedException(message);
        }
    }
}
