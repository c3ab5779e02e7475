package fr.ipe.convention.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.ipe.contracts.convention.AvenantApplied;
import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.SubsidyNotified;
import fr.ipe.contracts.convention.SubsidyPaid;
import fr.ipe.contracts.convention.SubsidyReclaimed;
import fr.ipe.contracts.convention.SubsidyReduced;
import fr.ipe.contracts.convention.SubsidyResumed;
import fr.ipe.contracts.convention.SubsidySuspended;
import fr.ipe.convention.domain.SubsidyCommands.NotifySubsidy;
import fr.ipe.convention.domain.SubsidyCommands.PaySubsidy;
import fr.ipe.convention.domain.SubsidyCommands.ReclaimSubsidy;
import fr.ipe.convention.domain.SubsidyCommands.ReduceSubsidy;
import fr.ipe.convention.domain.SubsidyCommands.ResumeSubsidy;
import fr.ipe.convention.domain.SubsidyCommands.SuspendSubsidy;
import fr.ipe.platform.domain.DateOrder;
import fr.ipe.platform.domain.RuleViolation;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateLifecycle;

/**
 * The State subsidy of a convention (art. 4) and its sanctions (art. 7), as a part of the {@link Convention} aggregate:
 * the ministry notifies each budget year, pays it once while the association's art. 5 documents are not overdue, and
 * may suspend, reduce or claim back. Only the national convention carries it; the figures are kept by {@link SubsidyLedger}.
 */
public class NationalSubsidy {

    private final Convention convention;
    private final ConventionKind kind;
    private SubsidyLedger ledger;
    /** Per budget year, the day of its notification, its payment and its current suspension. */
    private final Map<Integer, LocalDate> notifiedOn = new HashMap<>();
    private final Map<Integer, LocalDate> paidOn = new HashMap<>();
    private final Map<Integer, LocalDate> suspendedOn = new HashMap<>();

    NationalSubsidy(Convention convention, ConventionKind kind, long ceilingCents) {
        this.convention = convention;
        this.kind = kind;
        this.ledger = SubsidyLedger.withCeiling(ceilingCents);
    }

    SubsidyLedger ledger() {
        return ledger;
    }

    @CommandHandler
    public long handle(NotifySubsidy command) {
        requireNational();
        convention.requireSignedAndNotEnded("a subsidy is notified under a signed convention");
        ConventionPeriod period = convention.period();
        if (command.year() < period.firstBudgetYear() || command.year() > period.lastBudgetYear()) {
            throw RuleViolation.unprocessable("year-outside-convention", "year", "the convention covers the years "
                    + period.firstBudgetYear() + " to " + period.lastBudgetYear());
        }
        ledger.checkNotification(command.year(), command.amountCents());
        DateOrder.onOrAfter(command.notifiedOn(), convention.signedOn(), "notifiedOn", "notification-before-signature",
                "the subsidy is notified under the signed convention");
        apply(new SubsidyNotified(convention.id(), command.year(), command.amountCents(), command.notifiedOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(PaySubsidy command) {
        requireNational();
        ledger.checkPayment(command.year(), command.amountCents(), convention.duties().overdueOn(command.paidOn()));
        follows(command.paidOn(), "paidOn", "payment", notifiedOn.get(command.year()), "notification");
        apply(new SubsidyPaid(convention.id(), command.year(), command.amountCents(), command.paidOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(SuspendSubsidy command) {
        requireNational();
        ledger.checkSuspension(command.year());
        follows(command.suspendedOn(), "suspendedOn", "suspension", notifiedOn.get(command.year()), "notification");
        apply(new SubsidySuspended(convention.id(), command.year(), command.suspendedOn(), command.reason().strip()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(ResumeSubsidy command) {
        requireNational();
        ledger.checkResumption(command.year());
        follows(command.resumedOn(), "resumedOn", "resumption", suspendedOn.get(command.year()), "suspension");
        apply(new SubsidyResumed(convention.id(), command.year(), command.resumedOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(ReduceSubsidy command) {
        requireNational();
        ledger.checkReduction(command.year(), command.amountCents());
        follows(command.reducedOn(), "reducedOn", "reduction", notifiedOn.get(command.year()), "notification");
        apply(new SubsidyReduced(convention.id(), command.year(), command.amountCents(), command.reducedOn(),
                command.reason().strip()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(ReclaimSubsidy command) {
        requireNational();
        ledger.checkReclaim(command.year(), command.amountCents());
        follows(command.reclaimedOn(), "reclaimedOn", "reclaim", paidOn.get(command.year()), "payment");
        apply(new SubsidyReclaimed(convention.id(), command.year(), command.amountCents(), command.reclaimedOn(),
                command.reason().strip()));
        return AggregateLifecycle.getVersion();
    }

    /** A step of a year's subsidy ({@code step}) is dated on or after the step it follows (art. 4 and 7). */
    private static void follows(LocalDate on, String field, String step, LocalDate since, String previous) {
        DateOrder.onOrAfter(on, since, field, step + "-before-" + previous, "the " + step + " follows the year's "
                + previous);
    }

    private void requireNational() {
        if (kind != ConventionKind.NATIONAL_MULTI_YEAR) {
            throw RuleViolation.unprocessable("subsidy-only-national", "conventionId",
                    "only the national convention carries the State subsidy");
        }
    }

    @EventSourcingHandler
    void on(SubsidyNotified event) {
        ledger = ledger.notified(event.year(), event.amountCents());
        notifiedOn.put(event.year(), event.notifiedOn());
    }

    @EventSourcingHandler
    void on(SubsidyPaid event) {
        ledger = ledger.paid(event.year(), event.amountCents());
        paidOn.put(event.year(), event.paidOn());
    }

    @EventSourcingHandler
    void on(SubsidySuspended event) {
        ledger = ledger.suspended(event.year(), true);
        suspendedOn.put(event.year(), event.suspendedOn());
    }

    @EventSourcingHandler
    void on(SubsidyResumed event) {
        ledger = ledger.suspended(event.year(), false);
    }

    @EventSourcingHandler
    void on(SubsidyReduced event) {
        ledger = ledger.reduced(event.year(), event.amountCents());
    }

    @EventSourcingHandler
    void on(SubsidyReclaimed event) {
        ledger = ledger.reclaimed(event.year(), event.amountCents());
    }

    /** An avenant's total is the new ceiling. */
    @EventSourcingHandler
    void on(AvenantApplied event) {
        ledger = ledger.withNewCeiling(event.terms().subsidyTotalCents());
    }
}
