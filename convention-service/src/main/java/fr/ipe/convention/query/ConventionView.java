package fr.ipe.convention.query;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import fr.ipe.contracts.convention.AssociationDocument;
import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.ConventionTerms;
import fr.ipe.contracts.convention.Party;
import fr.ipe.contracts.convention.PartyRole;
import fr.ipe.convention.domain.ConventionStatus;
import fr.ipe.convention.domain.SubsidyLedger;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * A convention as the service shows it: current terms (the original plus applied avenants), every version of its
 * terms, signatures, status, subsidy ledger, the association's documents, evaluation, termination notice, avenants,
 * and the aggregate version (the ETag). Evolved event by event by {@link ConventionViewProjection}.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class ConventionView {

    String conventionId;
    ConventionKind kind;
    String title;
    String objectives;
    String academie;
    List<Party> parties = new ArrayList<>();
    MonthDay fiscalYearEnd;
    ConventionStatus status;
    ConventionTerms terms;
    List<TermsVersion> versions = new ArrayList<>();
    List<Signature> signatures = new ArrayList<>();
    LocalDate signedOn;
    LocalDate inForceSince;
    LocalDate endedOn;
    SubsidyLedger subsidy;
    List<Obligation> obligations = new ArrayList<>();
    Evaluation evaluation;
    Termination termination;
    List<Avenant> avenants = new ArrayList<>();
    List<Milestone> milestones = new ArrayList<>();
    long version;

    /** The terms as they stood from {@code effectiveOn}: version 0 is the original, then each avenant or renewal. */
    public record TermsVersion(int number, String source, LocalDate effectiveOn, ConventionTerms terms) {
    }

    public record Signature(PartyRole party, String signatory, LocalDate signedOn) {
    }

    /** A yearly document of the association: {@code overdue} once its due date passed unfiled. */
    public record Obligation(int fiscalYear, AssociationDocument document, LocalDate dueOn, LocalDate filedOn,
                             boolean late, boolean overdue) {
    }

    public record Evaluation(LocalDate dueOn, LocalDate filedOn, boolean late, boolean overdue) {
    }

    public record Termination(PartyRole party, LocalDate noticeOn, LocalDate effectiveOn, String reason,
                              LocalDate withdrawnOn) {
    }

    public record Avenant(String avenantId, int number, String purpose, LocalDate proposedOn, boolean applied,
                          LocalDate appliedOn, List<Signature> signatures, ConventionTerms proposedTerms) {
    }

    /** What happened to the convention and when: entry into force, renewals, lapse, expiry, termination. */
    public record Milestone(LocalDate on, String what) {
    }

    public String conventionId() {
        return conventionId;
    }

    public ConventionKind kind() {
        return kind;
    }

    public String academie() {
        return academie;
    }

    public ConventionStatus status() {
        return status;
    }

    public ConventionTerms terms() {
        return terms;
    }

    public List<TermsVersion> versions() {
        return versions;
    }

    public SubsidyLedger subsidy() {
        return subsidy;
    }

    public List<Obligation> obligations() {
        return obligations;
    }

    public Evaluation evaluation() {
        return evaluation;
    }

    public List<Avenant> avenants() {
        return avenants;
    }

    public long version() {
        return version;
    }
}
