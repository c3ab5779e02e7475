package fr.ipe.action.application;

import fr.ipe.action.query.ActionView;
import fr.ipe.platform.security.AcademieScope;
import fr.ipe.platform.security.Callers;
import fr.ipe.platform.security.Roles;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an action. In an académie: its IPE and its RECTORAT record actions (plan, report, correct,
 * cancel), only its RECTORAT validates. At the national level (no académie): NATIONAL (the DGESCO) records and
 * validates. Reading: NATIONAL, ASSOCIATION and OPS read all; RECTORAT and IPE the national ones and their own
 * académie's. The controllers state the roles ({@code @PreAuthorize} with the constants below); the use cases check
 * the académie, which for an existing action only its view knows.
 */
@Component
public class ActionAccess {

    /** For {@code @PreAuthorize}: who reads actions. */
    public static final String READERS = "hasAnyRole('NATIONAL','ASSOCIATION','OPS','RECTORAT','IPE')";
    /** For {@code @PreAuthorize}: who records actions (plan, report, correct, cancel). */
    public static final String RECORDERS = "hasAnyRole('NATIONAL','RECTORAT','IPE')";
    /** For {@code @PreAuthorize}: who validates actions. */
    public static final String VALIDATORS = "hasAnyRole('NATIONAL','RECTORAT')";

    private final AcademieScope scope;

    public ActionAccess(AcademieScope scope) {
        this.scope = scope;
    }

    /** An académie's IPE or rectorat records its actions; the DGESCO (NATIONAL) the national ones. */
    public void requireRecord(String academie) {
        if (academie == null) {
            requireRole(Roles.NATIONAL, "only the DGESCO (NATIONAL) records national actions");
            return;
        }
        if (!Callers.hasRole(Roles.IPE) && !Callers.hasRole(Roles.RECTORAT)) {
            throw new AccessDeniedException("an IPE or the rectorat of " + academie + " records its actions");
        }
        scope.require(academie);
    }

    public void requireRecord(ActionView action) {
        requireRecord(action.academie());
    }

    /** An académie's rectorat validates its actions; the DGESCO (NATIONAL) the national ones. */
    public void requireValidate(ActionView action) {
        if (action.academie() == null) {
            requireRole(Roles.NATIONAL, "only the DGESCO (NATIONAL) validates national actions");
            return;
        }
        requireRole(Roles.RECTORAT, "only the rectorat of " + action.academie() + " validates its actions");
        scope.require(action.academie());
    }

    /** National actions are visible to every reader; an académie's to unscoped readers and its own. */
    public void requireRead(ActionView action) {
        scope.requireVisible(action.academie());
    }

    /**
     * The académie a list is confined to: none for an unscoped reader, the caller's own for a RECTORAT or an IPE,
     * which asking for another académie is refused (403).
     */
    public Optional<String> listedAcademie(String asked) {
        scope.requireVisible(asked);
        return scope.restriction();
    }

    private static void requireRole(String role, String message) {
        if (!Callers.hasRole(role)) {
            throw new AccessDeniedException(message);
        }
    }
}
