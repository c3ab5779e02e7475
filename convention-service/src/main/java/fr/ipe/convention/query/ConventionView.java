package fr.ipe.convention.query;

import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.ConventionStatus;
import fr.ipe.contracts.convention.ConventionTerms;
import fr.ipe.contracts.convention.Party;
import fr.ipe.contracts.convention.PartyRole;
import fr.ipe.convention.domain.AssociationDuties;
import fr.ipe.convention.domain.SubsidyLedger;
import fr.ipe.platform.application.Versioned;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A convention as the service shows it: current terms (the original plus applied avenants) and every version of them,
 * signatures, status, the subsidy ledger, the association's duties, a termination notice, avenants, milestones, the
 * conventions it renews or is renewed by, and the aggregate version (the ETag). Immutable: each method answers the view
 * after one thing happened; {@link ConventionViewProjection} says which.
 */
public record ConventionView(
        String conventionId,
        ConventionKind kind,
        String title,
        String objectives,
        String academie,
        List<Party> parties,
        MonthDay fiscalYearEnd,
        ConventionStatus status,
        ConventionTerms terms,
        List<TermsVersion> versions,
        List<Signature> signatures,
        LocalDate signedOn,
        LocalDate inForceSince,
        LocalDate endedOn,
        SubsidyLedger subsidy,
        AssociationDuties duties,
        Termination termination,
        List<Avenant> avenants,
        List<Milestone> milestones,
        String renewalOf,
        String renewedBy,
        long version) implements Versioned {

    /** The terms as they stood from {@code effectiveOn}: version 0 is the original, then each avenant. */
    public record TermsVersion(int number, String source, LocalDate effectiveOn, ConventionTerms terms) {
    }

    public record Signature(PartyRole party, String signatory, LocalDate signedOn) {
    }

    public record Termination(PartyRole party, LocalDate noticeOn, LocalDate effectiveOn, int breachedArticle,
                              String reason, LocalDate withdrawnOn) {
    }

    public record Avenant(String avenantId, int number, String purpose, LocalDate proposedOn, boolean applied,
                          LocalDate appliedOn, List<Signature> signatures, ConventionTerms proposedTerms) {
    }

    /** What happened to the convention and when: entry into force, renewals, lapse, expiry, termination. */
    public record Milestone(LocalDate on, String what) {
    }

    /** A convention just drafted: its original terms are version 0 of its terms. */
    public static ConventionView drafted(String conventionId, ConventionKind kind, String title, String objectives,
                                         String academie, List<Party> parties, MonthDay fiscalYearEnd,
                                         ConventionTerms terms, AssociationDuties duties, String renewalOf) {
        return new ConventionView(conventionId, kind, title, objectives, academie, List.copyOf(parties), fiscalYearEnd,
                ConventionStatus.DRAFTED, terms, List.of(new TermsVersion(0, "original", terms.startDate(), terms)),
                List.of(), null, null, null, SubsidyLedger.withCeiling(terms.subsidyTotalCents()), duties, null,
                List.of(), List.of(), renewalOf, null, 0);
    }

    public Optional<Avenant> avenant(String avenantId) {
        return avenants.stream().filter(a -> a.avenantId().equals(avenantId)).findFirst();
    }

    // ---- what happened

    ConventionView signedBy(Signature signature) {
        return with(b -> b.signatures = append(signatures, signature));
    }

    ConventionView signed(LocalDate on) {
        return with(b -> b.signedOn = on);
    }

    ConventionView enteredIntoForce(LocalDate on) {
        return with(b -> {
            b.inForceSince = inForceSince == null ? on : inForceSince;
            b.milestones = append(milestones, new Milestone(on, "entered into force"));
        });
    }

    ConventionView reached(Milestone milestone) {
        return with(b -> b.milestones = append(milestones, milestone));
    }

    ConventionView ended(LocalDate on, String what) {
        return with(b -> {
            b.endedOn = on;
            b.milestones = append(milestones, new Milestone(on, what));
        });
    }

    ConventionView noticeGiven(Termination notice) {
        return with(b -> {
            b.termination = notice;
            b.milestones = append(milestones, new Milestone(notice.noticeOn(), "notice of termination by "
                    + notice.party() + " (article " + notice.breachedArticle() + " not respected), effective "
                    + notice.effectiveOn()));
        });
    }

    ConventionView noticeWithdrawn(LocalDate on) {
        return with(b -> {
            b.termination = new Termination(termination.party(), termination.noticeOn(), termination.effectiveOn(),
                    termination.breachedArticle(), termination.reason(), on);
            b.milestones = append(milestones, new Milestone(on, "notice of termination withdrawn"));
        });
    }

    ConventionView renewedBy(String successorId, LocalDate on, LocalDate successorStart) {
        return with(b -> {
            b.renewedBy = successorId;
            b.milestones = append(milestones, new Milestone(on, "renewed by convention " + successorId + " from "
                    + successorStart));
        });
    }

    ConventionView dutiesChanged(UnaryOperator<AssociationDuties> change) {
        return with(b -> b.duties = change.apply(duties));
    }

    ConventionView subsidyChanged(UnaryOperator<SubsidyLedger> change) {
        return with(b -> b.subsidy = change.apply(subsidy));
    }

    ConventionView avenantProposed(Avenant avenant) {
        return with(b -> b.avenants = append(avenants, avenant));
    }

    ConventionView avenantSigned(String avenantId, Signature signature) {
        return withAvenant(avenantId, a -> new Avenant(a.avenantId(), a.number(), a.purpose(), a.proposedOn(), false,
                null, append(a.signatures(), signature), a.proposedTerms()));
    }

    /** Art. 11: the avenant's terms are now the convention's, and the period's duties and ceiling follow them. */
    ConventionView avenantApplied(String avenantId, int number, LocalDate on, ConventionTerms amended,
                                  AssociationDuties movedDuties) {
        return withAvenant(avenantId, a -> new Avenant(a.avenantId(), a.number(), a.purpose(), a.proposedOn(), true, on,
                a.signatures(), amended)).with(b -> {
                    b.terms = amended;
                    b.versions = append(versions, new TermsVersion(versions.size(), "avenant " + number, on, amended));
                    b.subsidy = subsidy.withNewCeiling(amended.subsidyTotalCents());
                    b.duties = movedDuties;
                });
    }

    ConventionView atStatus(ConventionStatus next, long nextVersion) {
        return with(b -> {
            b.status = next;
            b.version = nextVersion;
        });
    }

    private ConventionView withAvenant(String avenantId, UnaryOperator<Avenant> change) {
        return with(b -> b.avenants = avenants.stream()
                .map(a -> a.avenantId().equals(avenantId) ? change.apply(a) : a).toList());
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> next = new ArrayList<>(list);
        next.add(item);
        return List.copyOf(next);
    }

    // ---- a copy with some components changed; keeps the methods above to one line of intent each

    private ConventionView with(java.util.function.Consumer<Builder> change) {
        Builder b = new Builder(this);
        change.accept(b);
        return b.build();
    }

    private static final class Builder {
        private final ConventionView v;
        ConventionStatus status;
        ConventionTerms terms;
        List<TermsVersion> versions;
        List<Signature> signatures;
        LocalDate signedOn;
        LocalDate inForceSince;
        LocalDate endedOn;
        SubsidyLedger subsidy;
        AssociationDuties duties;
        Termination termination;
        List<Avenant> avenants;
        List<Milestone> milestones;
        String renewedBy;
        long version;

        Builder(ConventionView v) {
            this.v = v;
            status = v.status;
            terms = v.terms;
            versions = v.versions;
            signatures = v.signatures;
            signedOn = v.signedOn;
            inForceSince = v.inForceSince;
            endedOn = v.endedOn;
            subsidy = v.subsidy;
            duties = v.duties;
            termination = v.termination;
            avenants = v.avenants;
            milestones = v.milestones;
            renewedBy = v.renewedBy;
            version = v.version;
        }

        ConventionView build() {
            return new ConventionView(v.conventionId, v.kind, v.title, v.objectives, v.academie, v.parties,
                    v.fiscalYearEnd, status, terms, versions, signatures, signedOn, inForceSince, endedOn, subsidy,
                    duties, termination, avenants, milestones, v.renewalOf, renewedBy, version);
        }
    }
}
