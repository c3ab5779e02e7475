package fr.ipe.convention.domain;

import fr.ipe.contracts.convention.AssociationDocumentOverdue;
import fr.ipe.contracts.convention.ConventionEnteredIntoForce;
import fr.ipe.contracts.convention.ConventionEvent;
import fr.ipe.contracts.convention.ConventionExpired;
import fr.ipe.contracts.convention.ConventionRenewalWithheld;
import fr.ipe.contracts.convention.ConventionStatus;
import fr.ipe.contracts.convention.ConventionTacitlyRenewed;
import fr.ipe.contracts.convention.ConventionTerminated;
import fr.ipe.contracts.convention.FinalEvaluationOverdue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The dates on which something happens to a convention by itself, and what: entry into force, documents and evaluation
 * becoming overdue, each anniversary (tacit renewal, or lapse when documents were late, art. 2), a notice of termination
 * taking effect (art. 12), the end of the term. {@link #next} is the earliest one due by a day; each event carries its
 * own date, so letting them happen in order is deterministic and idempotent.
 */
record DeadlineCalendar(String conventionId, String academie, ConventionStatus status, ConventionPeriod period,
                        LocalDate takesEffectOn, AssociationDuties duties, Set<LocalDate> anniversariesPassed,
                        LocalDate terminationEffectiveOn) {

    /** Same-day deadlines happen in this order: entry into force, overdue duties, anniversary, termination, expiry. */
    private record Deadline(LocalDate on, int order, ConventionEvent event) {
    }

    Optional<ConventionEvent> next(LocalDate today) {
        if (status == ConventionStatus.DRAFTED || status == ConventionStatus.LAPSED
                || status == ConventionStatus.TERMINATED) {
            return Optional.empty();
        }
        List<Deadline> due = new ArrayList<>();
        if (status == ConventionStatus.SIGNED) {
            due.add(new Deadline(takesEffectOn, 0, new ConventionEnteredIntoForce(conventionId, academie, takesEffectOn)));
        }
        for (AssociationDuties.DocumentDuty d : duties.overdueToFlag()) {
            due.add(new Deadline(d.dueOn().plusDays(1), 1, new AssociationDocumentOverdue(conventionId, academie,
                    d.fiscalYear(), d.document(), d.dueOn())));
        }
        AssociationDuties.EvaluationDuty evaluation = duties.finalEvaluation();
        if (evaluation != null && !evaluation.filed() && !evaluation.flaggedOverdue()) {
            due.add(new Deadline(evaluation.dueOn().plusDays(1), 1,
                    new FinalEvaluationOverdue(conventionId, academie, evaluation.dueOn())));
        }
        if (status.inForce()) {
            List<LocalDate> anniversaries = period.anniversaries();
            for (int i = 0; i < anniversaries.size(); i++) {
                LocalDate anniversary = anniversaries.get(i);
                if (!anniversariesPassed.contains(anniversary)) {
                    due.add(new Deadline(anniversary, 2, anniversary(anniversary, i + 2)));
                    break;
                }
            }
            if (terminationEffectiveOn != null) {
                due.add(new Deadline(terminationEffectiveOn, 3,
                        new ConventionTerminated(conventionId, academie, terminationEffectiveOn)));
            }
            LocalDate dayAfterTerm = period.dayAfterTerm();
            due.add(new Deadline(dayAfterTerm, 4, new ConventionExpired(conventionId, academie, dayAfterTerm)));
        }
        return due.stream().filter(d -> !d.on().isAfter(today))
                .min(Comparator.comparing(Deadline::on).thenComparingInt(Deadline::order))
                .map(Deadline::event);
    }

    /** Art. 2: renewed only if nothing the association owed before the anniversary was late or missing. */
    private ConventionEvent anniversary(LocalDate anniversary, int conventionYear) {
        List<String> blocking = duties.blockingTacitRenewal(anniversary);
        return blocking.isEmpty()
                ? new ConventionTacitlyRenewed(conventionId, academie, anniversary, conventionYear)
                : new ConventionRenewalWithheld(conventionId, academie, anniversary, blocking);
    }
}
