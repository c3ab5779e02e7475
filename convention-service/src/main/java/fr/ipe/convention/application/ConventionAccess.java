package fr.ipe.convention.application;

import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.PartyRole;
import fr.ipe.convention.query.ConventionView;
import fr.ipe.platform.security.AcademieScope;
import fr.ipe.platform.security.Callers;
import fr.ipe.platform.security.Roles;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a convention: NATIONAL manages the conventions of no académie (the national convention, and the
 * secondment agreements of the central administration, annex 1); a RECTORAT manages the others in its own académie.
 * Reading is decided by {@link Roles#READERS} and the académie scope: every reader sees the conventions of no académie,
 * a RECTORAT its own académie's only. The controllers state the roles ({@code @PreAuthorize} with the constants below);
 * the use cases check the rest, which for an existing convention only its view knows.
 */
@Component
public class ConventionAccess {

    /** For {@code @PreAuthorize}: drafting, signing and avenants, by the ministry or a rectorat. */
    public static final String MANAGERS = "hasAnyRole('NATIONAL','RECTORAT')";
    /** For {@code @PreAuthorize}: the national convention's subsidy (art. 4, 7) and renewal (art. 10). */
    public static final String MINISTRY = "hasRole('NATIONAL')";
    /** For {@code @PreAuthorize}: the association's duties (art. 2, 5, 6, 9), by the association or recorded by NATIONAL. */
    public static final String ASSOCIATION_DUTIES = "hasAnyRole('NATIONAL','ASSOCIATION')";
    /** For {@code @PreAuthorize}: a notice of termination (art. 12) and its withdrawal. */
    public static final String TERMINATION = "hasAnyRole('NATIONAL','ASSOCIATION','RECTORAT')";
    /** For {@code @PreAuthorize}: letting deadlines take effect now, by operations or the ministry. */
    public static final String DEADLINE_SWEEPERS = "hasAnyRole('OPS','NATIONAL')";

    private final AcademieScope scope;

    public ConventionAccess(AcademieScope scope) {
        this.scope = scope;
    }

    /** Whoever manages a convention of that kind and académie: the ministry for none, else the académie's rectorat. */
    public void requireManage(ConventionKind kind, String academie) {
        if (kind == ConventionKind.NATIONAL_MULTI_YEAR || academie == null) {
            requireRole(Roles.NATIONAL, "only the ministry (NATIONAL) manages the conventions of no académie");
        } else {
            requireRole(Roles.RECTORAT, "only a rectorat manages " + kind + " conventions");
            scope.require(academie);
        }
    }

    public void requireManage(ConventionView convention) {
        requireManage(convention.kind(), convention.academie());
    }

    /**
     * The association's own duties on the national convention (its documents, the evaluation, its notice of
     * termination): the association acts, or the ministry records it.
     */
    public void requireAssociationOrManage(ConventionView convention) {
        if (convention.kind() == ConventionKind.NATIONAL_MULTI_YEAR && Callers.hasRole(Roles.ASSOCIATION)) {
            return;
        }
        requireManage(convention);
    }

    /** The association gives notice in its own name; the ministry (NATIONAL) records either party's. */
    public void requireActingAs(PartyRole party) {
        if (!Callers.hasRole(Roles.NATIONAL) && Callers.hasRole(Roles.ASSOCIATION) && party != PartyRole.ASSOCIATION) {
            throw new AccessDeniedException("the association acts in its own name only, not as " + party);
        }
    }

    /** A reader reaches the conventions of no académie, and an académie's unless it is a RECTORAT of another one. */
    public void requireRead(ConventionView convention) {
        scope.requireVisible(convention.academie());
    }

    /**
     * The académie a list is confined to besides the conventions of no académie: none for an unscoped reader, the
     * caller's own for a RECTORAT, which asking for another académie is refused (403).
     */
    public Optional<String> listedAcademie(String asked) {
        scope.requireVisible(asked);
        return scope.restriction();
    }

    private void requireRole(String role, String message) {
        if (!Callers.hasRole(role)) {
            throw new AccessDeniedException(message);
        }
    }
}
