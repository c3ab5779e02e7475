package fr.ipe.convention.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import fr.ipe.contracts.convention.AvenantApplied;
import fr.ipe.contracts.convention.AvenantPartySigned;
import fr.ipe.contracts.convention.AvenantProposed;
import fr.ipe.contracts.convention.ConventionDrafted;
import fr.ipe.contracts.convention.ConventionEvent;
import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.ConventionLifecycle;
import fr.ipe.contracts.convention.ConventionPartySigned;
import fr.ipe.contracts.convention.ConventionRenewalWithheld;
import fr.ipe.contracts.convention.ConventionRenewed;
import fr.ipe.contracts.convention.ConventionSigned;
import fr.ipe.contracts.convention.ConventionStatus;
import fr.ipe.contracts.convention.ConventionTacitlyRenewed;
import fr.ipe.contracts.convention.ConventionTerminated;
import fr.ipe.contracts.convention.ConventionTerms;
import fr.ipe.contracts.convention.Party;
import fr.ipe.contracts.convention.PartyRole;
import fr.ipe.contracts.convention.TerminationNotified;
import fr.ipe.contracts.convention.TerminationWithdrawn;
import fr.ipe.convention.domain.LifecycleCommands.EvaluateDeadlines;
import fr.ipe.convention.domain.LifecycleCommands.NotifyTermination;
import fr.ipe.convention.domain.LifecycleCommands.ProposeAvenant;
import fr.ipe.convention.domain.LifecycleCommands.RenewConvention;
import fr.ipe.convention.domain.LifecycleCommands.SignAvenant;
import fr.ipe.convention.domain.LifecycleCommands.WithdrawTermination;
import fr.ipe.platform.domain.DateOrder;
import fr.ipe.platform.domain.RuleViolation;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A convention: drafted with its parties, terms and budget, signed by every party, in force from its start, tacitly
 * renewed at each anniversary only while the association's duties were met in time, evaluated, then expired or ended by
 * a notice; a new convention may follow it (art. 10), and avenants change its terms, never its objectives (art. 11).
 * It keeps the handlers; the rules live in {@link DraftingRules}, {@link DeadlineCalendar}, {@link AssociationDuties},
 * {@link SubsidyLedger} and {@link Avenants}; its status follows {@link ConventionLifecycle}. Each step is dated on or
 * after the one it follows (a notice after the signature, its withdrawal after it, an avenant's signatures after its
 * proposal).
 */
@Aggregate
public class Convention {

    /** A termination takes effect three months after the formal notice (art. 12). */
    static final int TERMINATION_NOTICE_MONTHS = 3;

    @AggregateIdentifier
    private String conventionId;
    private ConventionKind kind;
    private String academie;
    private List<PartyRole> parties;
    private ConventionStatus status;
    private ConventionTerms terms;
    private ConventionPeriod period;
    private LocalDate signedOn;
    private LocalDate takesEffectOn;
    private final Map<PartyRole, LocalDate> signatures = new EnumMap<>(PartyRole.class);
    @AggregateMember
    private AssociationObligations obligations;
    private final Set<LocalDate> anniversariesPassed = new HashSet<>();
    private TerminationNotified pendingNotice;
    private AvenantProposed pendingAvenant;
    private final Map<PartyRole, LocalDate> avenantSignatures = new EnumMap<>(PartyRole.class);
    private int avenantsApplied;
    @AggregateMember
    private NationalSubsidy subsidy;
    private String successorId;

    protected Convention() {
        // for Axon
    }

    @CommandHandler
    public Convention(DraftConvention command) {
        DraftingRules.check(command);
        LocalDate endDate = ConventionPeriod.ofYears(command.startDate(), command.durationYears()).end();
        apply(new ConventionDrafted(command.conventionId(), command.kind(), command.title().strip(),
                command.objectives().strip(), command.academie(), List.copyOf(command.parties()), command.startDate(),
                command.durationYears(), endDate, command.subsidyTotalCents(),
                command.yearlySubsidyCents() == null ? List.of() : List.copyOf(command.yearlySubsidyCents()),
                command.fiscalYearEnd() == null ? MonthDay.of(12, 31) : command.fiscalYearEnd(), command.budget(),
                command.annexes() == null ? List.of() : List.copyOf(command.annexes()), command.renewalOf()));
    }

    /** Records one party's signature; answers the convention's new version. */
    @CommandHandler
    public long handle(SignConvention command) {
        requireParty(command.party());
        if (signatures.containsKey(command.party())) {
            throw RuleViolation.conflict("already-signed", command.party() + " already signed convention "
                    + conventionId + " on " + signatures.get(command.party()));
        }
        apply(new ConventionPartySigned(conventionId, academie, command.party(), command.signatory().strip(),
                command.signedOn()));
        if (signatures.size() == parties.size()) {
            LocalDate lastSignature = signatures.values().stream().max(LocalDate::compareTo).orElseThrow();
            apply(new ConventionSigned(conventionId, academie, lastSignature));
        }
        return AggregateLifecycle.getVersion();
    }

    /** Lets every deadline up to {@code today} take effect, earliest first ({@link DeadlineCalendar}). */
    @CommandHandler
    public long handle(EvaluateDeadlines command) {
        for (Optional<ConventionEvent> next = calendar().next(command.today()); next.isPresent();
                next = calendar().next(command.today())) {
            apply(next.get());
        }
        return AggregateLifecycle.getVersion();
    }

    private DeadlineCalendar calendar() {
        return new DeadlineCalendar(conventionId, academie, status, period, takesEffectOn, duties(), anniversariesPassed,
                pendingNotice == null ? null : pendingNotice.effectiveOn());
    }

    // ------------------------------------------------------------------ termination (art. 12) and renewal (art. 10)

    @CommandHandler
    public long handle(NotifyTermination command) {
        requireNotEnded();
        requireParty(command.party());
        requireSigned("an unsigned convention is not terminated");
        if (pendingNotice != null) {
            throw RuleViolation.conflict("termination-already-notified",
                    "a notice already ends the convention on " + pendingNotice.effectiveOn());
        }
        DateOrder.onOrAfter(command.noticeOn(), signedOn, "noticeOn", "notice-before-signature",
                "a notice is given under the signed convention");
        apply(new TerminationNotified(conventionId, academie, command.party(), command.noticeOn(),
                command.noticeOn().plusMonths(TERMINATION_NOTICE_MONTHS), command.breachedArticle(),
                command.reason().strip()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(WithdrawTermination command) {
        requireNotEnded();
        if (pendingNotice == null) {
            throw RuleViolation.conflict("no-termination-notice", "no notice of termination is pending");
        }
        if (command.party() != pendingNotice.party()) {
            throw RuleViolation.unprocessable("withdrawal-by-notifying-party", "party", "only "
                    + pendingNotice.party() + ", which gave the notice, may withdraw it");
        }
        DateOrder.onOrAfter(command.withdrawnOn(), pendingNotice.noticeOn(), "withdrawnOn", "withdrawal-before-notice",
                "a withdrawal follows the notice it withdraws");
        if (!command.withdrawnOn().isBefore(pendingNotice.effectiveOn())) {
            throw RuleViolation.conflict("termination-already-effective", "the notice took effect on "
                    + pendingNotice.effectiveOn() + "; it can no longer be withdrawn");
        }
        apply(new TerminationWithdrawn(conventionId, academie, command.party(), command.withdrawnOn()));
        return AggregateLifecycle.getVersion();
    }

    /** Art. 10: a new convention may follow once the final evaluation's conclusions were filed. */
    @CommandHandler
    public long handle(RenewConvention command) {
        if (kind != ConventionKind.NATIONAL_MULTI_YEAR) {
            throw RuleViolation.unprocessable("renewal-only-national", "conventionId", "only the national convention is renewed");
        }
        if (status == ConventionStatus.LAPSED || status == ConventionStatus.TERMINATED) {
            throw RuleViolation.conflict("convention-ended", "a " + status + " convention is not renewed");
        }
        if (!duties().finalEvaluation().filed()) {
            throw RuleViolation.unprocessable("renewal-requires-evaluation", "conventionId",
                    "a renewal requires the final evaluation's conclusions to have been filed (art. 10)");
        }
        if (successorId != null) {
            throw RuleViolation.conflict("already-renewed", "convention " + successorId + " already follows this one");
        }
        DateOrder.onOrAfter(command.renewedOn(), duties().finalEvaluation().filedOn(), "renewedOn",
                "renewal-before-evaluation", "a renewal follows the final evaluation's conclusions (art. 10)");
        if (!command.successorStartDate().isAfter(terms.endDate())) {
            throw RuleViolation.unprocessable("renewal-overlaps", "startDate", "the new convention starts after this "
                    + "one ends on " + terms.endDate());
        }
        apply(new ConventionRenewed(conventionId, academie, command.renewedOn(), command.successorId(),
                command.successorStartDate()));
        return AggregateLifecycle.getVersion();
    }

    // ------------------------------------------------------------------ avenants (art. 11)

    @CommandHandler
    public long handle(ProposeAvenant command) {
        requireNotEnded();
        requireSigned("an avenant amends a signed convention");
        if (pendingAvenant != null) {
            throw RuleViolation.conflict("avenant-pending", "avenant " + pendingAvenant.avenantId()
                    + " is still awaiting signatures");
        }
        DateOrder.onOrAfter(command.proposedOn(), signedOn, "proposedOn", "avenant-before-signature",
                "an avenant amends the signed convention (art. 11)");
        Avenants.check(command, kind, terms, subsidy.ledger(), anniversariesPassed);
        apply(new AvenantProposed(conventionId, academie, command.avenantId(), avenantsApplied + 1, command.proposedOn(),
                command.purpose().strip(), command.endDate(), command.subsidyTotalCents(), command.yearlySubsidyCents(),
                command.budget(), command.annexes()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(SignAvenant command) {
        if (pendingAvenant == null || !pendingAvenant.avenantId().equals(command.avenantId())) {
            throw RuleViolation.conflict("no-such-avenant", "avenant " + command.avenantId() + " is not awaiting signatures");
        }
        requireParty(command.party());
        if (avenantSignatures.containsKey(command.party())) {
            throw RuleViolation.conflict("already-signed", command.party() + " already signed avenant "
                    + pendingAvenant.avenantId());
        }
        DateOrder.onOrAfter(command.signedOn(), pendingAvenant.proposedOn(), "signedOn",
                "avenant-signature-before-proposal", "a party signs the avenant as proposed");
        apply(new AvenantPartySigned(conventionId, academie, pendingAvenant.avenantId(), command.party(),
                command.signatory().strip(), command.signedOn()));
        if (avenantSignatures.size() == parties.size()) {
            apply(new AvenantApplied(conventionId, academie, pendingAvenant.avenantId(), pendingAvenant.number(),
                    command.signedOn(), Avenants.amend(terms, pendingAvenant)));
        }
        return AggregateLifecycle.getVersion();
    }

    // ------------------------------------------------------------------ shared checks

    private void requireParty(PartyRole party) {
        if (!parties.contains(party)) {
            throw RuleViolation.unprocessable("not-a-party", "party", party + " is not a party to convention " + conventionId);
        }
    }

    void requireSignedAndNotEnded(String why) {
        requireSigned(why);
        requireNotEnded();
    }

    private void requireSigned(String why) {
        if (status == ConventionStatus.DRAFTED) {
            throw RuleViolation.conflict("convention-not-signed", why);
        }
    }

    private void requireNotEnded() {
        if (status.ended()) {
            throw RuleViolation.conflict("convention-ended", "the convention is " + status);
        }
    }

    // ------------------------------------------------------------------ state

    /**
     * Every event moves the status the one way {@link ConventionLifecycle} says. Axon calls one handler per event, so
     * the handlers of events that move it call this too (the agreement test holds them to it).
     */
    @EventSourcingHandler
    void status(ConventionEvent event) {
        status = ConventionLifecycle.after(status, event);
    }

    @EventSourcingHandler
    void on(ConventionDrafted event) {
        conventionId = event.conventionId();
        kind = event.kind();
        academie = event.academie();
        parties = event.parties().stream().map(Party::role).toList();
        terms = new ConventionTerms(event.startDate(), event.endDate(),
                event.subsidyTotalCents(), event.yearlySubsidyCents(), event.budget(), event.annexes());
        period = new ConventionPeriod(event.startDate(), event.endDate());
        obligations = new AssociationObligations(this, kind, event.fiscalYearEnd(), period);
        subsidy = new NationalSubsidy(this, kind, event.subsidyTotalCents());
        status(event);
    }

    @EventSourcingHandler
    void on(ConventionPartySigned event) {
        signatures.put(event.party(), event.signedOn());
    }

    @EventSourcingHandler
    void on(ConventionSigned event) {
        status(event);
        signedOn = event.signedOn();
        takesEffectOn = event.signedOn().isAfter(period.start()) ? event.signedOn() : period.start();
    }

    @EventSourcingHandler
    void on(ConventionTacitlyRenewed event) {
        anniversariesPassed.add(event.anniversary());
    }

    @EventSourcingHandler
    void on(ConventionRenewalWithheld event) {
        status(event);
        anniversariesPassed.add(event.anniversary());
    }

    @EventSourcingHandler
    void on(TerminationNotified event) {
        pendingNotice = event;
    }

    @EventSourcingHandler
    void on(TerminationWithdrawn event) {
        pendingNotice = null;
    }

    @EventSourcingHandler
    void on(ConventionTerminated event) {
        status(event);
        pendingNotice = null;
    }

    @EventSourcingHandler
    void on(ConventionRenewed event) {
        successorId = event.successorId();
    }







    @EventSourcingHandler
    void on(AvenantProposed event) {
        pendingAvenant = event;
        avenantSignatures.clear();
    }

    @EventSourcingHandler
    void on(AvenantPartySigned event) {
        avenantSignatures.put(event.party(), event.signedOn());
    }

    /** Art. 11: a moved end date moves the period, its anniversaries, the yearly duties and the evaluation with it. */
    @EventSourcingHandler
    void on(AvenantApplied event) {
        terms = event.terms();
        period = new ConventionPeriod(terms.startDate(), terms.endDate());
        avenantsApplied = event.number();
        pendingAvenant = null;
        avenantSignatures.clear();
    }

    /** The status the events left; read by the test that proves every consumer of the events agrees on it. */
    public ConventionStatus status() {
        return status;
    }

    String id() {
        return conventionId;
    }

    /** The day the last party signed (null while unsigned): what follows the signature is dated on or after it. */
    LocalDate signedOn() {
        return signedOn;
    }

    /** The day the convention entered into force (null before it was signed). */
    LocalDate takesEffectOn() {
        return takesEffectOn;
    }

    ConventionPeriod period() {
        return period;
    }

    AssociationDuties duties() {
        return obligations.duties();
    }
}
