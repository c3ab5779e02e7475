package fr.ipe.stagebank.application;

import fr.ipe.contracts.stage.OfferEntrant;
import fr.ipe.platform.security.AcademieScope;
import fr.ipe.platform.security.Callers;
import fr.ipe.platform.security.Roles;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the stage bank: a RECTORAT manages its own académie's bank (établissements, offers, needs,
 * placements, commitments, mentoring); the ASSOCIATION enters and withdraws offers on behalf of its member companies,
 * in any académie, and reads offers; NATIONAL reads everything. A RECTORAT never reaches another académie (403). The
 * controllers state the roles ({@code @PreAuthorize} with the constants below); the use cases check the académie, which
 * for an existing resource only its view knows.
 */
@Component
public class StageBankAccess {

    /** For {@code @PreAuthorize}: who reads établissements, needs, placements, proposals and calendars. */
    public static final String READERS = "hasAnyRole('NATIONAL','RECTORAT')";
    /** For {@code @PreAuthorize}: who reads offers, commitments and mentors. */
    public static final String OFFER_READERS = "hasAnyRole('NATIONAL','RECTORAT','ASSOCIATION')";
    /** For {@code @PreAuthorize}: who manages an académie's bank (its own only: {@link #requireManage}). */
    public static final String MANAGERS = "hasRole('RECTORAT')";
    /** For {@code @PreAuthorize}: who enters offers, commitments and mentors ({@link #requireOfferEntry}). */
    public static final String OFFER_ENTRANTS = "hasAnyRole('RECTORAT','ASSOCIATION')";

    private final AcademieScope scope;

    public StageBankAccess(AcademieScope scope) {
        this.scope = scope;
    }

    /** The académie's rectorat, and only it, manages its bank. */
    public void requireManage(String academie) {
        if (!Callers.hasRole(Roles.RECTORAT)) {
            throw new AccessDeniedException("only a rectorat manages its académie's stage bank");
        }
        scope.require(academie);
    }

    /** Offers are entered by the académie's rectorat or by the association on a company's behalf. */
    public void requireOfferEntry(String academie) {
        if (Callers.hasRole(Roles.ASSOCIATION) && !Callers.hasRole(Roles.RECTORAT)) {
            return;
        }
        if (!Callers.hasRole(Roles.RECTORAT)) {
            throw new AccessDeniedException("offers are entered by a rectorat or by the association");
        }
        scope.require(academie);
    }

    /** Who enters an offer the caller may enter: the rectorat, else the association for a member company. */
    public OfferEntrant entrant() {
        return Callers.hasRole(Roles.RECTORAT) ? OfferEntrant.RECTORAT : OfferEntrant.ASSOCIATION;
    }

    /** A reader reaches {@code academie}'s data: NATIONAL and the association all, a RECTORAT its own only. */
    public void requireRead(String academie) {
        scope.require(academie);
    }

    /**
     * The académie a list is confined to: the one asked for (403 when a RECTORAT asks for another), else the caller's
     * own for a RECTORAT, else none (every académie).
     */
    public String listedAcademie(String asked) {
        if (asked != null) {
            scope.require(asked);
            return asked;
        }
        Optional<String> own = scope.restriction();
        return own.orElse(null);
    }
}
