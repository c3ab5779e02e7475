package fr.ipe.convention.api;

import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.PartyRole;
import fr.ipe.platform.security.AcademieScope;
import fr.ipe.platform.security.Callers;
import fr.ipe.platform.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a convention: NATIONAL manages the conventions of no académie (the national convention, and the
 * secondment agreements of the central administration, annex 1); a RECTORAT manages the others in its own académie.
 * Reading is decided by {@link Roles#READERS} and {@link AcademieScope#requireVisible}.
 */
@Component
public class ConventionAccess {

    /** For {@code @PreAuthorize}: drafting, signing and avenants, by the ministry or a rectorat. */
    static final String MANAGERS = "hasAnyRole('NATIONAL','RECTORAT')";
    /** For {@code @PreAuthorize}: the national convention's subsidy (art. 4, 7) and renewal (art. 10). */
    static final String MINISTRY = "hasRole('NATIONAL')";
    /** For {@code @PreAuthorize}: the association's duties (art. 2, 5, 6, 9), by the association or recorded by NATIONAL. */
    static final String ASSOCIATION_DUTIES = "hasAnyRole('NATIONAL','ASSOCIATION')";
    /** For {@code @PreAuthorize}: a notice of termination (art. 12) and its withdrawal. */
    static final String TERMINATION = "hasAnyRole('NATIONAL','ASSOCIATION','RECTORAT')";

    private final AcademieScope scope;

    public ConventionAccess(AcademieScope scope) {
        this.scope = scope;
    }

    public void requireManage(ConventionKind kind, String academie) {
        if (kind == ConventionKind.NATIONAL_MULTI_YEAR || academie == null) {
            requireRole(Roles.NATIONAL, "only the ministry (NATIONAL) manages the conventions of no académie");
        } else {
            requireRole(Roles.RECTORAT, "only a rectorat manages " + kind + " conventions");
            scope.require(academie);
        }
    }

    /**
     * The association's own duties on the national convention (its documents, the evaluation, its notice of
     * termination): the association acts, or the ministry records it.
     */
    public void requireAssociationOrManage(ConventionKind kind, String academie) {
        if (kind == ConventionKind.NATIONAL_MULTI_YEAR && Callers.hasRole(Roles.ASSOCIATION)) {
            return;
        }
        requireManage(kind, academie);
    }

    /** The association gives notice in its own name; the ministry (NATIONAL) records either party's. */
    public void requireActingAs(PartyRole party) {
        if (!Callers.hasRole(Roles.NATIONAL) && Callers.hasRole(Roles.ASSOCIATION) && party != PartyRole.ASSOCIATION) {
            throw new AccessDeniedException("the association acts in its own name only, not as " + party);
        }
    }

    private void requireRole(String role, String message) {
        if (!Callers.hasRole(role)) {
            throw new AccessDeniedException(message);
        }
    }
}
