package fr.ipe.convention.query;

import fr.ipe.contracts.convention.AssociationDocumentFiled;
import fr.ipe.contracts.convention.AssociationDocumentOverdue;
import fr.ipe.contracts.convention.AvenantApplied;
import fr.ipe.contracts.convention.AvenantPartySigned;
import fr.ipe.contracts.convention.AvenantProposed;
import fr.ipe.contracts.convention.ConventionDrafted;
import fr.ipe.contracts.convention.ConventionEnteredIntoForce;
import fr.ipe.contracts.convention.ConventionExpired;
import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.ConventionPartySigned;
import fr.ipe.contracts.convention.ConventionRenewalWithheld;
import fr.ipe.contracts.convention.ConventionRenewed;
import fr.ipe.contracts.convention.ConventionSigned;
import fr.ipe.contracts.convention.ConventionTacitlyRenewed;
import fr.ipe.contracts.convention.ConventionTerminated;
import fr.ipe.contracts.convention.ConventionTerms;
import fr.ipe.contracts.convention.FinalEvaluationFiled;
import fr.ipe.contracts.convention.FinalEvaluationOverdue;
import fr.ipe.contracts.convention.SubsidyInstallmentPaid;
import fr.ipe.contracts.convention.SubsidyNotified;
import fr.ipe.contracts.convention.SubsidyReclaimed;
import fr.ipe.contracts.convention.SubsidyReduced;
import fr.ipe.contracts.convention.SubsidyResumed;
import fr.ipe.contracts.convention.SubsidySuspended;
import fr.ipe.contracts.convention.TerminationNotified;
import fr.ipe.contracts.convention.TerminationWithdrawn;
import fr.ipe.convention.domain.Avenants;
import fr.ipe.convention.domain.ConventionStatus;
import fr.ipe.convention.domain.Obligations;
import fr.ipe.convention.domain.SubsidyLedger;
import fr.ipe.convention.query.ConventionView.Avenant;
import fr.ipe.convention.query.ConventionView.Evaluation;
import fr.ipe.convention.query.ConventionView.Milestone;
import fr.ipe.convention.query.ConventionView.Obligation;
import fr.ipe.convention.query.ConventionView.Signature;
import fr.ipe.convention.query.ConventionView.Termination;
import fr.ipe.convention.query.ConventionView.TermsVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code convention_view} up to date. A subscribing processor: it runs in the command's own transaction, so the
 * view a command answers with is already the new one.
 */
@Component
@ProcessingGroup("convention-view")
public class ConventionViewProjection {

    private final ConventionViews views;

    public ConventionViewProjection(ConventionViews views) {
        this.views = views;
    }

    @EventHandler
    void on(ConventionDrafted e, @SequenceNumber long version) {
        ConventionView v = new ConventionView();
        v.conventionId = e.conventionId();
        v.kind = e.kind();
        v.title = e.title();
        v.objectives = e.objectives();
        v.academie = e.academie();
        v.parties = e.parties();
        v.fiscalYearEnd = e.fiscalYearEnd();
        v.status = ConventionStatus.DRAFTED;
        v.terms = new ConventionTerms(e.startDate(), e.endDate(), e.subsidyTotalCents(), e.annualSubsidyCents(),
                e.budget(), e.annexes());
        v.versions = List.of(new TermsVersion(0, "original", e.startDate(), v.terms));
        v.subsidy = SubsidyLedger.withCeiling(e.subsidyTotalCents());
        if (e.kind() == ConventionKind.NATIONAL_MULTI_YEAR) {
            addPeriodDuties(v, e.startDate(), e.durationYears(), e.endDate());
        }
        v.version = version;
        views.save(v);
    }

    @EventHandler
    void on(ConventionPartySigned e, @SequenceNumber long version) {
        change(e.conventionId(), version, v -> v.signatures = append(v.signatures,
                new Signature(e.party(), e.signatory(), e.signedOn())));
    }

    @EventHandler
    void on(ConventionSigned e, @SequenceNumber long version) {
        change(e.conventionId(), version, v -> {
            v.status = ConventionStatus.SIGNED;
            v.signedOn = e.signedOn();
        });
    }

    @EventHandler
    void on(ConventionEnteredIntoForce e, @SequenceNumber long version) {
        change(e.conventionId(), version, v -> {
            v.status = v.evaluation != null && v.evaluation.filedOn() != null ? ConventionStatus.EVALUATED
                    : ConventionStatus.IN_FORCE;
            if (v.inForceSince == null) {
                v.inForceSince = e.on();
            }
            v.milestones = append(v.milestones, new Milestone(e.on(), "entered into force"));
        });
    }

    @EventHandler
    void on(ConventionTacitlyRenewed e, @SequenceNumber long version) {
        change(e.conventionId(), version, v -> v.milestones = append(v.milestones, new Milestone(e.anniversary(),
                "tacitly renewed for year " + e.conventionYear())));
    }

    @EventHandler
    void on(ConventionRenewalWithheld e, @SequenceNumber long version) {
        change(e.conventionId(), version, v -> {
            v.status = ConventionStatus.LAPSED;
            v.endedOn = e.anniversary();
            v.milestones = append(v.milestones, new Milestone(e.anniversary(),
                    "not renewed: late or missing " + String.join(", ", e.lateDocuments())));
        });
    }

    @EventHandler
    void on(ConventionExpired e, @SequenceNumber long version) {
        change(e.conventionId(), version, v -> {
            v.status = ConventionStatus.EXPIRED;
            v.endedOn = e.on();
            v.milestones = append(v.milestones, new Milestone(e.on(), "expired"));
        });
    }

    @EventHandler
    void on(TerminationNotified e, @SequenceNumber long version) {
        change(e.conventionId(), version, v -> {
            v.termination = new Termination(e.party(), e.noticeOn(), e.effectiveOn(), e.reason(), null);
            v.milestones = append(v.milestones, new Milestone(e.noticeOn(),
                    "notice of termination by " + e.party() + ", effective " + e.effectiveOn()));
        });
    }

    @EventHandler
    void on(TerminationWithdrawn e, @SequenceNumber long version) {
        change(e.conventionId(), version, v -> {
            Termination t = v.termination;
            v.termination = new Termination(t.party(), t.noticeOn(), t.effectiveOn(), t.reason(), e.withdrawnOn());
            v.milestones = append(v.milestones, new Milestone(e.withdrawnOn(), "notice of termination withdrawn"));
        });
    }

    @EventHandler
    void on(ConventionTerminated e, @SequenceNumber long version) {
        change(e.conventionId(), version, v -> {
            v.status = ConventionStatus.TERMINATED;
            v.endedOn = e.on();
            v.milestones = append(v.milestones, new Milestone(e.on(), "terminated"));
        });
    }

    @EventHandler
    void on(AssociationDocumentFiled e, @SequenceNumber long version) {
        change(e.conventionId(), version, v -> v.obligations = v.obligations.stream()
                .map(o -> o.fiscalYear() == e.fiscalYear() && o.document() == e.document()
                        ? new Obligation(o.fiscalYear(), o.document(), o.dueOn(), e.filedOn(), e.late(), o.overdue())
                        : o)
                .toList());
    }

    @EventHandler
    void on(AssociationDocumentOverdue e, @SequenceNumber long version) {
        change(e.conventionId(), version, v -> v.obligations = v.obligations.stream()
                .map(o -> o.fiscalYear() == e.fiscalYear() && o.document() == e.document()
                        ? new Obligation(o.fiscalYear(), o.document(), o.dueOn(), o.filedOn(), o.late(), true)
                        : o)
                .toList());
    }

    @EventHandler
    void on(FinalEvaluationFiled e, @SequenceNumber long version) {
        change(e.conventionId(), version, v -> {
            v.evaluation = new Evaluation(e.dueOn(), e.filedOn(), e.late(), v.evaluation.overdue());
            if (v.status == ConventionStatus.IN_FORCE) {
                v.status = ConventionStatus.EVALUATED;
            }
            v.milestones = append(v.milestones, new Milestone(e.filedOn(), "final evaluation filed"));
        });
    }

    @EventHandler
    void on(FinalEvaluationOverdue e, @SequenceNumber long version) {
        change(e.conventionId(), version, v -> v.evaluation = new Evaluation(e.dueOn(), null, false, true));
    }

    @EventHandler
    void on(ConventionRenewed e, @SequenceNumber long version) {
        change(e.conventionId(), version, v -> {
            v.terms = new ConventionTerms(v.terms.startDate(), e.endDate(), e.subsidyTotalCents(),
                    e.annualSubsidyCents(), v.terms.budget(), v.terms.annexes());
            v.versions = append(v.versions, new TermsVersion(v.versions.size(), "renewal", e.startDate(), v.terms));
            v.subsidy = v.subsidy.withPeriodAdded(e.subsidyTotalCents());
            v.status = v.status.inForce() ? ConventionStatus.IN_FORCE : ConventionStatus.SIGNED;
            v.endedOn = null;
            addPeriodDuties(v, e.startDate(), e.durationYears(), e.endDate());
            v.milestones = append(v.milestones, new Milestone(e.renewedOn(),
                    "renewed from " + e.startDate() + " to " + e.endDate()));
        });
    }

    @EventHandler
    void on(AvenantProposed e, @SequenceNumber long version) {
        change(e.conventionId(), version, v -> {
            ConventionTerms proposed = Avenants.amend(v.terms, e);
            v.avenants = append(v.avenants, new Avenant(e.avenantId(), e.number(), e.purpose(), e.proposedOn(), false,
                    null, List.of(), proposed));
        });
    }

    @EventHandler
    void on(AvenantPartySigned e, @SequenceNumber long version) {
        change(e.conventionId(), version, v -> v.avenants = replaceAvenant(v.avenants, e.avenantId(), a -> new Avenant(
                a.avenantId(), a.number(), a.purpose(), a.proposedOn(), false, null,
                append(a.signatures(), new Signature(e.party(), e.signatory(), e.signedOn())), a.proposedTerms())));
    }

    @EventHandler
    void on(AvenantApplied e, @SequenceNumber long version) {
        change(e.conventionId(), version, v -> {
            v.avenants = replaceAvenant(v.avenants, e.avenantId(), a -> new Avenant(a.avenantId(), a.number(),
                    a.purpose(), a.proposedOn(), true, e.appliedOn(), a.signatures(), e.terms()));
            v.subsidy = v.subsidy.withPeriodSubsidyChanged(v.terms.subsidyTotalCents(), e.terms().subsidyTotalCents());
            v.terms = e.terms();
            v.versions = append(v.versions, new TermsVersion(v.versions.size(), "avenant " + e.number(),
                    e.appliedOn(), e.terms()));
        });
    }

    @EventHandler
    void on(SubsidyNotified e, @SequenceNumber long version) {
        subsidy(e.conventionId(), version, ledger -> ledger.notified(e.year(), e.amountCents()));
    }

    @EventHandler
    void on(SubsidyInstallmentPaid e, @SequenceNumber long version) {
        subsidy(e.conventionId(), version, ledger -> ledger.paid(e.year(), e.amountCents()));
    }

    @EventHandler
    void on(SubsidySuspended e, @SequenceNumber long version) {
        subsidy(e.conventionId(), version, ledger -> ledger.suspended(e.year(), true));
    }

    @EventHandler
    void on(SubsidyResumed e, @SequenceNumber long version) {
        subsidy(e.conventionId(), version, ledger -> ledger.suspended(e.year(), false));
    }

    @EventHandler
    void on(SubsidyReduced e, @SequenceNumber long version) {
        subsidy(e.conventionId(), version, ledger -> ledger.reduced(e.year(), e.amountCents()));
    }

    @EventHandler
    void on(SubsidyReclaimed e, @SequenceNumber long version) {
        subsidy(e.conventionId(), version, ledger -> ledger.reclaimed(e.year(), e.amountCents()));
    }

    private static void addPeriodDuties(ConventionView v, java.time.LocalDate start, int years, java.time.LocalDate end) {
        List<Obligation> all = new ArrayList<>(v.obligations);
        for (Obligations.Due due : Obligations.forPeriod(start, end, v.fiscalYearEnd)) {
            boolean known = all.stream().anyMatch(o -> o.fiscalYear() == due.fiscalYear() && o.document() == due.document());
            if (!known) {
                all.add(new Obligation(due.fiscalYear(), due.document(), due.dueOn(), null, false, false));
            }
        }
        v.obligations = List.copyOf(all);
        v.evaluation = new Evaluation(Obligations.finalEvaluationDue(start, years), null, false, false);
    }

    private void subsidy(String conventionId, long version, UnaryOperator<SubsidyLedger> change) {
        change(conventionId, version, v -> v.subsidy = change.apply(v.subsidy));
    }

    private void change(String conventionId, long version, Consumer<ConventionView> change) {
        ConventionView view = views.find(conventionId).orElseThrow(() ->
                new IllegalStateException("convention " + conventionId + " has events but no view"));
        change.accept(view);
        view.version = version;
        views.save(view);
    }

    private static List<Avenant> replaceAvenant(List<Avenant> avenants, String avenantId, UnaryOperator<Avenant> change) {
        return avenants.stream().map(a -> a.avenantId().equals(avenantId) ? change.apply(a) : a).toList();
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> next = new ArrayList<>(list);
        next.add(item);
        return List.copyOf(next);
    }
}
