package fr.ipe.convention.query;

import fr.ipe.contracts.convention.AssociationDocumentFiled;
import fr.ipe.contracts.convention.AssociationDocumentOverdue;
import fr.ipe.contracts.convention.AvenantApplied;
import fr.ipe.contracts.convention.AvenantPartySigned;
import fr.ipe.contracts.convention.AvenantProposed;
import fr.ipe.contracts.convention.ConventionDrafted;
import fr.ipe.contracts.convention.ConventionEnteredIntoForce;
import fr.ipe.contracts.convention.ConventionEvent;
import fr.ipe.contracts.convention.ConventionExpired;
import fr.ipe.contracts.convention.ConventionLifecycle;
import fr.ipe.contracts.convention.ConventionPartySigned;
import fr.ipe.contracts.convention.ConventionRenewalWithheld;
import fr.ipe.contracts.convention.ConventionRenewed;
import fr.ipe.contracts.convention.ConventionSigned;
import fr.ipe.contracts.convention.ConventionTacitlyRenewed;
import fr.ipe.contracts.convention.ConventionTerminated;
import fr.ipe.contracts.convention.ConventionTerms;
import fr.ipe.contracts.convention.DeclarationCopyFiled;
import fr.ipe.contracts.convention.FinalEvaluationFiled;
import fr.ipe.contracts.convention.FinalEvaluationOverdue;
import fr.ipe.contracts.convention.GeneralAssemblyHeld;
import fr.ipe.contracts.convention.SubsidyNotified;
import fr.ipe.contracts.convention.SubsidyPaid;
import fr.ipe.contracts.convention.SubsidyReclaimed;
import fr.ipe.contracts.convention.SubsidyReduced;
import fr.ipe.contracts.convention.SubsidyResumed;
import fr.ipe.contracts.convention.SubsidySuspended;
import fr.ipe.contracts.convention.TerminationNotified;
import fr.ipe.contracts.convention.TerminationWithdrawn;
import fr.ipe.convention.domain.AssociationDuties;
import fr.ipe.convention.domain.Avenants;
import fr.ipe.convention.domain.ConventionPeriod;
import fr.ipe.convention.query.ConventionView.Avenant;
import fr.ipe.convention.query.ConventionView.Milestone;
import fr.ipe.convention.query.ConventionView.Signature;
import fr.ipe.convention.query.ConventionView.Termination;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code convention_view} up to date. A subscribing processor: it runs in the command's own transaction, so the
 * view a command answers with is already the new one, and a failure here fails the command. The status follows
 * {@link ConventionLifecycle}, the duties and the ledger the domain's own {@link AssociationDuties} and
 * {@code SubsidyLedger}: the view restates no rule.
 */
@Component
@ProcessingGroup("convention-view")
public class ConventionViewProjection {

    private final ConventionViewRepository views;

    public ConventionViewProjection(ConventionViewRepository views) {
        this.views = views;
    }

    @EventHandler
    void on(ConventionEvent event, @SequenceNumber long version) {
        ConventionView current = event instanceof ConventionDrafted ? null
                : views.find(event.conventionId()).orElse(null);
        views.save(evolve(current, event, version));
    }

    /** The view after {@code event}, the aggregate's {@code version}-th; {@code current} is null before the draft. */
    public static ConventionView evolve(ConventionView current, ConventionEvent event, long version) {
        if (current == null && !(event instanceof ConventionDrafted)) {
            throw new IllegalStateException("convention " + event.conventionId() + " has events but no view");
        }
        ConventionView next = event instanceof ConventionDrafted drafted ? drafted(drafted) : happened(current, event);
        return next.atStatus(ConventionLifecycle.after(current == null ? null : current.status(), event), version);
    }

    private static ConventionView drafted(ConventionDrafted e) {
        ConventionTerms terms = new ConventionTerms(e.startDate(), e.endDate(), e.subsidyTotalCents(),
                e.yearlySubsidyCents(), e.budget(), e.annexes());
        AssociationDuties duties = AssociationDuties.of(e.kind(), new ConventionPeriod(e.startDate(), e.endDate()),
                e.fiscalYearEnd());
        return ConventionView.drafted(e.conventionId(), e.kind(), e.title(), e.objectives(), e.academie(), e.parties(),
                e.fiscalYearEnd(), terms, duties, e.renewalOf());
    }

    private static ConventionView happened(ConventionView v, ConventionEvent event) {
        if (event instanceof ConventionPartySigned e) {
            return v.signedBy(new Signature(e.party(), e.signatory(), e.signedOn()));
        }
        if (event instanceof ConventionSigned e) {
            return v.signed(e.signedOn());
        }
        if (event instanceof ConventionEnteredIntoForce e) {
            return v.enteredIntoForce(e.on());
        }
        if (event instanceof ConventionTacitlyRenewed e) {
            return v.reached(new Milestone(e.anniversary(), "tacitly renewed for year " + e.conventionYear()));
        }
        if (event instanceof ConventionRenewalWithheld e) {
            return v.ended(e.anniversary(), "not renewed: late or missing " + String.join(", ", e.lateDocuments()));
        }
        if (event instanceof ConventionExpired e) {
            return v.ended(e.on(), "expired");
        }
        if (event instanceof ConventionTerminated e) {
            return v.ended(e.on(), "terminated");
        }
        if (event instanceof TerminationNotified e) {
            return v.noticeGiven(new Termination(e.party(), e.noticeOn(), e.effectiveOn(), e.breachedArticle(),
                    e.reason(), null));
        }
        if (event instanceof TerminationWithdrawn e) {
            return v.noticeWithdrawn(e.withdrawnOn());
        }
        if (event instanceof ConventionRenewed e) {
            return v.renewedBy(e.successorId(), e.renewedOn(), e.successorStartDate());
        }
        if (event instanceof FinalEvaluationFiled e) {
            return v.dutiesChanged(d -> d.evaluationFiled(e)).reached(new Milestone(e.filedOn(), "final evaluation filed"));
        }
        if (event instanceof FinalEvaluationOverdue e) {
            return v.dutiesChanged(d -> d.evaluationOverdue(e));
        }
        if (event instanceof AssociationDocumentFiled e) {
            return v.dutiesChanged(d -> d.documentFiled(e));
        }
        if (event instanceof AssociationDocumentOverdue e) {
            return v.dutiesChanged(d -> d.documentOverdue(e));
        }
        if (event instanceof GeneralAssemblyHeld e) {
            return v.dutiesChanged(d -> d.assemblyHeld(e));
        }
        if (event instanceof DeclarationCopyFiled e) {
            return v.dutiesChanged(d -> d.declarationCopyFiled(e));
        }
        if (event instanceof AvenantProposed e) {
            return v.avenantProposed(new Avenant(e.avenantId(), e.number(), e.purpose(), e.proposedOn(), false, null,
                    List.of(), Avenants.amend(v.terms(), e)));
        }
        if (event instanceof AvenantPartySigned e) {
            return v.avenantSigned(e.avenantId(), new Signature(e.party(), e.signatory(), e.signedOn()));
        }
        if (event instanceof AvenantApplied e) {
            AssociationDuties duties = v.duties().movedTo(v.kind(),
                    new ConventionPeriod(e.terms().startDate(), e.terms().endDate()), v.fiscalYearEnd());
            return v.avenantApplied(e.avenantId(), e.number(), e.appliedOn(), e.terms(), duties);
        }
        return subsidyChanged(v, event);
    }

    private static ConventionView subsidyChanged(ConventionView v, ConventionEvent event) {
        if (event instanceof SubsidyNotified e) {
            return v.subsidyChanged(l -> l.notified(e.year(), e.amountCents()));
        }
        if (event instanceof SubsidyPaid e) {
            return v.subsidyChanged(l -> l.paid(e.year(), e.amountCents()));
        }
        if (event instanceof SubsidySuspended e) {
            return v.subsidyChanged(l -> l.suspended(e.year(), true));
        }
        if (event instanceof SubsidyResumed e) {
            return v.subsidyChanged(l -> l.suspended(e.year(), false));
        }
        if (event instanceof SubsidyReduced e) {
            return v.subsidyChanged(l -> l.reduced(e.year(), e.amountCents()));
        }
        if (event instanceof SubsidyReclaimed e) {
            return v.subsidyChanged(l -> l.reclaimed(e.year(), e.amountCents()));
        }
        throw new IllegalArgumentException("the convention view does not know " + event.getClass().getSimpleName());
    }
}
