package fr.ipe.convention.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

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
import fr.ipe.contracts.convention.Party;
import fr.ipe.contracts.convention.PartyRole;
import fr.ipe.contracts.convention.SubsidyInstallmentPaid;
import fr.ipe.contracts.convention.SubsidyNotified;
import fr.ipe.contracts.convention.SubsidyReclaimed;
import fr.ipe.contracts.convention.SubsidyReduced;
import fr.ipe.contracts.convention.SubsidyResumed;
import fr.ipe.contracts.convention.SubsidySuspended;
import fr.ipe.contracts.convention.TerminationNotified;
import fr.ipe.contracts.convention.TerminationWithdrawn;
import fr.ipe.convention.domain.LifecycleCommands.EvaluateDeadlines;
import fr.ipe.convention.domain.LifecycleCommands.FileAssociationDocument;
import fr.ipe.convention.domain.LifecycleCommands.FileFinalEvaluation;
import fr.ipe.convention.domain.LifecycleCommands.NotifyTermination;
import fr.ipe.convention.domain.LifecycleCommands.ProposeAvenant;
import fr.ipe.convention.domain.LifecycleCommands.RenewConvention;
import fr.ipe.convention.domain.LifecycleCommands.SignAvenant;
import fr.ipe.convention.domain.LifecycleCommands.WithdrawTermination;
import fr.ipe.convention.domain.SubsidyCommands.NotifySubsidy;
import fr.ipe.convention.domain.SubsidyCommands.PaySubsidyInstallment;
import fr.ipe.convention.domain.SubsidyCommands.ReclaimSubsidy;
import fr.ipe.convention.domain.SubsidyCommands.ReduceSubsidy;
import fr.ipe.convention.domain.SubsidyCommands.ResumeSubsidy;
import fr.ipe.convention.domain.SubsidyCommands.SuspendSubsidy;
import fr.ipe.platform.domain.RuleViolation;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A convention (DOMAIN.md section 1): drafted with its parties, terms and budget, signed by every party, in force from
 * its start, tacitly renewed at each anniversary only while the association's documents were filed in time, evaluated,
 * then expired, renewed for a new period, or terminated three months after a notice. Avenants change its terms, never
 * its objectives. The national convention carries the yearly State subsidy and its sanctions ({@link SubsidyLedger}).
 */
@Aggregate
public class Convention {

    /** The longest convention the programme has known is multi-year; ten years bounds typing mistakes. */
    static final int MAX_DURATION_YEARS = 10;
    /** A termination takes effect three months after the formal notice (art. 12). */
    static final int TERMINATION_NOTICE_MONTHS = 3;

    private static final Set<PartyRole> SIRET_ROLES = Set.of(PartyRole.ASSOCIATION, PartyRole.MEMBER_COMPANY,
            PartyRole.ENTREPRISE, PartyRole.PROFESSIONAL_BODY);
    private static final Set<PartyRole> SCHOOL_SIDE = Set.of(PartyRole.RECTORAT, PartyRole.ETABLISSEMENT);
    private static final Set<PartyRole> COMPANY_SIDE = Set.of(PartyRole.MEMBER_COMPANY, PartyRole.ENTREPRISE,
            PartyRole.PROFESSIONAL_BODY);

    @AggregateIdentifier
    private String conventionId;
    private ConventionKind kind;
    private String academie;
    private List<PartyRole> parties;
    private MonthDay fiscalYearEnd;
    private ConventionStatus status;
    private ConventionTerms terms;
    /** The first budget year of the convention, across renewals. */
    private int firstYear;
    private LocalDate periodStart;
    private int periodYears;
    private LocalDate takesEffectOn;
    private final Map<PartyRole, LocalDate> signatures = new EnumMap<>(PartyRole.class);
    private final Map<String, Obligation> obligations = new LinkedHashMap<>();
    private final Set<LocalDate> anniversariesPassed = new HashSet<>();
    private LocalDate evaluationDue;
    private boolean evaluationFiled;
    private boolean evaluationFlaggedOverdue;
    private LocalDate terminationEffectiveOn;
    private String pendingAvenant;
    private AvenantProposed pendingChanges;
    private final Map<PartyRole, LocalDate> avenantSignatures = new EnumMap<>(PartyRole.class);
    private int avenantsApplied;
    private SubsidyLedger subsidy;

    /** The state of one yearly document. */
    private record Obligation(Obligations.Due due, LocalDate filedOn, boolean late, boolean flaggedOverdue) {
        boolean filedInTime() {
            return filedOn != null && !late;
        }
    }

    protected Convention() {
        // for Axon
    }

    // ------------------------------------------------------------------ drafting and signing

    @CommandHandler
    public Convention(DraftConvention command) {
        checkParties(command);
        checkSubsidy(command);
        if (command.objectives() == null || command.objectives().isBlank()) {
            throw RuleViolation.unprocessable("objectives-required", "objectives",
                    "a convention states its objectives (article 1)");
        }
        if (command.durationYears() < 1 || command.durationYears() > MAX_DURATION_YEARS) {
            throw RuleViolation.unprocessable("duration-out-of-range", "durationYears",
                    "a convention lasts from 1 to " + MAX_DURATION_YEARS + " years");
        }
        if (command.budget() != null) {
            BudgetRules.check(command.budget(), command.subsidyTotalCents());
        }
        LocalDate endDate = command.startDate().plusYears(command.durationYears()).minusDays(1);
        apply(new ConventionDrafted(command.conventionId(), command.kind(), command.title().strip(),
                command.objectives().strip(), command.academie(), List.copyOf(command.parties()), command.startDate(),
                command.durationYears(), endDate, command.subsidyTotalCents(), command.annualSubsidyCents(),
                command.fiscalYearEnd() == null ? MonthDay.of(12, 31) : command.fiscalYearEnd(), command.budget(),
                command.annexes() == null ? List.of() : List.copyOf(command.annexes())));
    }

    /** Records one party's signature; answers the convention's new version. */
    @CommandHandler
    public long handle(SignConvention command) {
        requireParty(command.party());
        if (signatures.containsKey(command.party())) {
            throw RuleViolation.conflict("already-signed",
                    command.party() + " already signed convention " + conventionId + " on "
                            + signatures.get(command.party()));
        }
        apply(new ConventionPartySigned(conventionId, academie, command.party(), command.signatory().strip(),
                command.signedOn()));
        if (signatures.size() == parties.size()) {
            LocalDate lastSignature = signatures.values().stream().max(LocalDate::compareTo).orElseThrow();
            apply(new ConventionSigned(conventionId, academie, lastSignature));
        }
        return AggregateLifecycle.getVersion();
    }

    // ------------------------------------------------------------------ deadlines

    /**
     * Lets every deadline up to {@code today} take effect, earliest first: entry into force, overdue documents and
     * evaluation, anniversaries (tacit renewal or lapse), a termination's effective date, the end of the term.
     * Deterministic and idempotent: the events carry the deadlines' own dates, and nothing happens twice.
     */
    @CommandHandler
    public long handle(EvaluateDeadlines command) {
        for (Optional<Deadline> next = nextDeadline(command.today()); next.isPresent();
                next = nextDeadline(command.today())) {
            next.get().happen().run();
        }
        return AggregateLifecycle.getVersion();
    }

    private record Deadline(LocalDate on, int order, Runnable happen) {
    }

    private Optional<Deadline> nextDeadline(LocalDate today) {
        if (status == ConventionStatus.DRAFTED || status == ConventionStatus.LAPSED
                || status == ConventionStatus.TERMINATED) {
            return Optional.empty();
        }
        List<Deadline> due = new ArrayList<>();
        if (status == ConventionStatus.SIGNED) {
            due.add(new Deadline(takesEffectOn, 0, () ->
                    apply(new ConventionEnteredIntoForce(conventionId, academie, takesEffectOn))));
        }
        for (Obligation obligation : obligations.values()) {
            if (obligation.filedOn() == null && !obligation.flaggedOverdue()) {
                Obligations.Due d = obligation.due();
                due.add(new Deadline(d.dueOn().plusDays(1), 1, () -> apply(new AssociationDocumentOverdue(conventionId,
                        academie, d.fiscalYear(), d.document(), d.dueOn()))));
            }
        }
        if (evaluationDue != null && !evaluationFiled && !evaluationFlaggedOverdue) {
            LocalDate dueOn = evaluationDue;
            due.add(new Deadline(dueOn.plusDays(1), 1, () ->
                    apply(new FinalEvaluationOverdue(conventionId, academie, dueOn))));
        }
        if (status.inForce()) {
            for (int year = 1; year < periodYears; year++) {
                LocalDate anniversary = periodStart.plusYears(year);
                if (!anniversariesPassed.contains(anniversary)) {
                    int conventionYear = year + 1;
                    due.add(new Deadline(anniversary, 2, () -> anniversary(anniversary, conventionYear)));
                    break;
                }
            }
            if (terminationEffectiveOn != null) {
                LocalDate effective = terminationEffectiveOn;
                due.add(new Deadline(effective, 3, () ->
                        apply(new ConventionTerminated(conventionId, academie, effective))));
            }
            LocalDate dayAfterTerm = terms.endDate().plusDays(1);
            due.add(new Deadline(dayAfterTerm, 4, () -> apply(new ConventionExpired(conventionId, academie, dayAfterTerm))));
        }
        return due.stream().filter(d -> !d.on().isAfter(today))
                .min(Comparator.comparing(Deadline::on).thenComparingInt(Deadline::order));
    }

    /** Art. 2: renewed only if every document due before the anniversary was filed in time. */
    private void anniversary(LocalDate anniversary, int conventionYear) {
        List<String> late = obligations.values().stream()
                .filter(o -> o.due().dueOn().isBefore(anniversary) && !o.filedInTime())
                .map(o -> o.due().document() + " " + o.due().fiscalYear()).toList();
        if (late.isEmpty()) {
            apply(new ConventionTacitlyRenewed(conventionId, academie, anniversary, conventionYear));
        } else {
            apply(new ConventionRenewalWithheld(conventionId, academie, anniversary, late));
        }
    }

    // ------------------------------------------------------------------ the association's duties

    @CommandHandler
    public long handle(FileAssociationDocument command) {
        requireNational("obligations-only-national", "the association files its documents under the national convention");
        requireSigned();
        Obligation obligation = obligations.get(command.fiscalYear() + ":" + command.document());
        if (obligation == null) {
            throw RuleViolation.unprocessable("fiscal-year-outside-convention", "fiscalYear",
                    "no " + command.document() + " is due for fiscal year " + command.fiscalYear());
        }
        if (obligation.filedOn() != null) {
            throw RuleViolation.conflict("document-already-filed", command.document() + " of " + command.fiscalYear()
                    + " was filed on " + obligation.filedOn());
        }
        LocalDate dueOn = obligation.due().dueOn();
        apply(new AssociationDocumentFiled(conventionId, academie, command.fiscalYear(), command.document(), dueOn,
                command.filedOn(), command.filedOn().isAfter(dueOn)));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(FileFinalEvaluation command) {
        requireNational("obligations-only-national", "the final evaluation belongs to the national convention");
        requireSigned();
        if (evaluationFiled) {
            throw RuleViolation.conflict("evaluation-already-filed", "the final evaluation of this period was filed");
        }
        apply(new FinalEvaluationFiled(conventionId, academie, evaluationDue, command.filedOn(),
                command.filedOn().isAfter(evaluationDue)));
        return AggregateLifecycle.getVersion();
    }

    // ------------------------------------------------------------------ termination (art. 12) and renewal (art. 10)

    @CommandHandler
    public long handle(NotifyTermination command) {
        requireNotEnded();
        requireParty(command.party());
        if (status == ConventionStatus.DRAFTED) {
            throw RuleViolation.conflict("convention-not-signed", "an unsigned convention is not terminated");
        }
        if (terminationEffectiveOn != null) {
            throw RuleViolation.conflict("termination-already-notified",
                    "a notice already ends the convention on " + terminationEffectiveOn);
        }
        apply(new TerminationNotified(conventionId, academie, command.party(), command.noticeOn(),
                command.noticeOn().plusMonths(TERMINATION_NOTICE_MONTHS), stripped(command.reason())));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(WithdrawTermination command) {
        requireNotEnded();
        if (terminationEffectiveOn == null) {
            throw RuleViolation.conflict("no-termination-notice", "no notice of termination is pending");
        }
        if (!command.withdrawnOn().isBefore(terminationEffectiveOn)) {
            throw RuleViolation.conflict("termination-already-effective",
                    "the notice took effect on " + terminationEffectiveOn + "; it can no longer be withdrawn");
        }
        apply(new TerminationWithdrawn(conventionId, academie, command.withdrawnOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(RenewConvention command) {
        requireNational("renewal-only-national", "only the national convention is renewed");
        if (status == ConventionStatus.LAPSED || status == ConventionStatus.TERMINATED) {
            throw RuleViolation.conflict("convention-ended", "a " + status + " convention is not renewed");
        }
        if (!evaluationFiled) {
            throw RuleViolation.unprocessable("renewal-requires-evaluation", "conventionId",
                    "a renewal requires the final evaluation's conclusions to have been filed (art. 10)");
        }
        if (command.durationYears() < 1 || command.durationYears() > MAX_DURATION_YEARS) {
            throw RuleViolation.unprocessable("duration-out-of-range", "durationYears",
                    "a convention lasts from 1 to " + MAX_DURATION_YEARS + " years");
        }
        if (command.annualSubsidyCents() * command.durationYears() != command.subsidyTotalCents()) {
            throw RuleViolation.unprocessable("subsidy-schedule-mismatch", "annualSubsidyCents",
                    "the yearly amount times the duration must equal the total subsidy (art. 4)");
        }
        LocalDate start = terms.endDate().plusDays(1);
        apply(new ConventionRenewed(conventionId, academie, command.renewedOn(), start,
                start.plusYears(command.durationYears()).minusDays(1), command.durationYears(),
                command.subsidyTotalCents(), command.annualSubsidyCents()));
        return AggregateLifecycle.getVersion();
    }

    // ------------------------------------------------------------------ avenants (art. 11)

    @CommandHandler
    public long handle(ProposeAvenant command) {
        requireNotEnded();
        if (status == ConventionStatus.DRAFTED) {
            throw RuleViolation.conflict("convention-not-signed", "an avenant amends a signed convention");
        }
        if (command.objectives() != null) {
            throw RuleViolation.unprocessable("objectives-cannot-change", "objectives",
                    "an avenant never changes the general objectives of article 1");
        }
        if (command.endDate() == null && command.subsidyTotalCents() == null && command.annualSubsidyCents() == null
                && command.budget() == null && command.annexes() == null) {
            throw RuleViolation.unprocessable("avenant-without-change", "avenant",
                    "an avenant states the elements it changes: dates, amounts, budget lines or annexes");
        }
        if (pendingAvenant != null) {
            throw RuleViolation.conflict("avenant-pending", "avenant " + pendingAvenant + " is still awaiting signatures");
        }
        ConventionTerms amended = Avenants.amend(terms, command.endDate(), command.subsidyTotalCents(),
                command.annualSubsidyCents(), command.budget(), command.annexes());
        if (!amended.endDate().isAfter(amended.startDate())) {
            throw RuleViolation.unprocessable("end-before-start", "endDate", "the end date must follow the start date");
        }
        if (kind != ConventionKind.NATIONAL_MULTI_YEAR
                && (command.subsidyTotalCents() != null || command.annualSubsidyCents() != null)) {
            throw RuleViolation.unprocessable("subsidy-only-national", "subsidyTotalCents",
                    "only the national convention carries the State subsidy");
        }
        if (command.subsidyTotalCents() != null && subsidy.withPeriodSubsidyChanged(terms.subsidyTotalCents(),
                amended.subsidyTotalCents()).ceilingCents() < subsidy.netNotifiedCents()) {
            throw RuleViolation.unprocessable("ceiling-below-notified", "subsidyTotalCents",
                    "the subsidy cannot fall below the " + subsidy.netNotifiedCents() + " already notified");
        }
        if (amended.budget() != null) {
            BudgetRules.check(amended.budget(), amended.subsidyTotalCents());
        }
        apply(new AvenantProposed(conventionId, academie, command.avenantId(), avenantsApplied + 1, command.proposedOn(),
                stripped(command.purpose()), command.endDate(), command.subsidyTotalCents(), command.annualSubsidyCents(),
                command.budget(), command.annexes()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(SignAvenant command) {
        if (pendingAvenant == null || !pendingAvenant.equals(command.avenantId())) {
            throw RuleViolation.conflict("no-such-avenant", "avenant " + command.avenantId() + " is not awaiting signatures");
        }
        requireParty(command.party());
        if (avenantSignatures.containsKey(command.party())) {
            throw RuleViolation.conflict("already-signed", command.party() + " already signed avenant " + pendingAvenant);
        }
        apply(new AvenantPartySigned(conventionId, academie, pendingAvenant, command.party(),
                command.signatory().strip(), command.signedOn()));
        if (avenantSignatures.size() == parties.size()) {
            AvenantProposed p = pendingChanges;
            apply(new AvenantApplied(conventionId, academie, p.avenantId(), p.number(), command.signedOn(),
                    Avenants.amend(terms, p)));
        }
        return AggregateLifecycle.getVersion();
    }

    // ------------------------------------------------------------------ subsidy (art. 4 and 7)

    @CommandHandler
    public long handle(NotifySubsidy command) {
        requireSubsidy();
        if (status == ConventionStatus.DRAFTED) {
            throw RuleViolation.conflict("convention-not-signed", "a subsidy is notified under a signed convention");
        }
        requireNotEnded();
        // budget years are the years the convention's years begin in: 2007-03-01 + 4 years covers 2007 to 2010
        int lastBudgetYear = terms.endDate().plusDays(1).minusYears(1).getYear();
        if (command.year() < firstYear || command.year() > lastBudgetYear) {
            throw RuleViolation.unprocessable("year-outside-convention", "year",
                    "the convention covers the years " + firstYear + " to " + lastBudgetYear);
        }
        requirePositive(command.amountCents());
        subsidy.checkNotification(command.year(), command.amountCents());
        apply(new SubsidyNotified(conventionId, command.year(), command.amountCents(), command.notifiedOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(PaySubsidyInstallment command) {
        requireSubsidy();
        requirePositive(command.amountCents());
        subsidy.checkPayment(command.year(), command.amountCents());
        apply(new SubsidyInstallmentPaid(conventionId, command.year(), command.amountCents(), command.paidOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(SuspendSubsidy command) {
        requireSubsidy();
        subsidy.checkSuspension(command.year());
        apply(new SubsidySuspended(conventionId, command.year(), command.suspendedOn(), stripped(command.reason())));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(ResumeSubsidy command) {
        requireSubsidy();
        subsidy.checkResumption(command.year());
        apply(new SubsidyResumed(conventionId, command.year(), command.resumedOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(ReduceSubsidy command) {
        requireSubsidy();
        requirePositive(command.amountCents());
        subsidy.checkReduction(command.year(), command.amountCents());
        apply(new SubsidyReduced(conventionId, command.year(), command.amountCents(), command.reducedOn(),
                stripped(command.reason())));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    public long handle(ReclaimSubsidy command) {
        requireSubsidy();
        requirePositive(command.amountCents());
        subsidy.checkReclaim(command.year(), command.amountCents());
        apply(new SubsidyReclaimed(conventionId, command.year(), command.amountCents(), command.reclaimedOn(),
                stripped(command.reason())));
        return AggregateLifecycle.getVersion();
    }

    // ------------------------------------------------------------------ shared checks

    private void requireParty(PartyRole party) {
        if (!parties.contains(party)) {
            throw RuleViolation.unprocessable("not-a-party", "party", party + " is not a party to convention " + conventionId);
        }
    }

    private void requireSigned() {
        if (status == ConventionStatus.DRAFTED) {
            throw RuleViolation.conflict("convention-not-signed", "the convention is not signed yet");
        }
    }

    private void requireNotEnded() {
        if (status.ended()) {
            throw RuleViolation.conflict("convention-ended", "the convention is " + status);
        }
    }

    private void requireNational(String rule, String message) {
        if (kind != ConventionKind.NATIONAL_MULTI_YEAR) {
            throw RuleViolation.unprocessable(rule, "conventionId", message);
        }
    }

    private void requireSubsidy() {
        requireNational("subsidy-only-national", "only the national convention carries the State subsidy");
    }

    private static String stripped(String text) {
        return text == null ? "" : text.strip();
    }

    private static void requirePositive(long amountCents) {
        if (amountCents <= 0) {
            throw RuleViolation.unprocessable("amount-not-positive", "amountCents", "an amount is a positive number of cents");
        }
    }

    // ------------------------------------------------------------------ state

    @EventSourcingHandler
    void on(ConventionDrafted event) {
        conventionId = event.conventionId();
        kind = event.kind();
        academie = event.academie();
        parties = event.parties().stream().map(Party::role).toList();
        fiscalYearEnd = event.fiscalYearEnd();
        status = ConventionStatus.DRAFTED;
        terms = new ConventionTerms(event.startDate(), event.endDate(), event.subsidyTotalCents(),
                event.annualSubsidyCents(), event.budget(), event.annexes());
        firstYear = event.startDate().getYear();
        startPeriod(event.startDate(), event.durationYears(), event.endDate());
        subsidy = SubsidyLedger.withCeiling(event.subsidyTotalCents());
    }

    private void startPeriod(LocalDate start, int years, LocalDate end) {
        periodStart = start;
        periodYears = years;
        if (kind == ConventionKind.NATIONAL_MULTI_YEAR) {
            for (Obligations.Due due : Obligations.forPeriod(start, end, fiscalYearEnd)) {
                obligations.putIfAbsent(due.key(), new Obligation(due, null, false, false));
            }
            evaluationDue = Obligations.finalEvaluationDue(start, years);
            evaluationFiled = false;
            evaluationFlaggedOverdue = false;
        }
    }

    @EventSourcingHandler
    void on(ConventionPartySigned event) {
        signatures.put(event.party(), event.signedOn());
    }

    @EventSourcingHandler
    void on(ConventionSigned event) {
        status = ConventionStatus.SIGNED;
        takesEffectOn = Objects.requireNonNull(event.signedOn()).isAfter(periodStart) ? event.signedOn() : periodStart;
    }

    @EventSourcingHandler
    void on(ConventionEnteredIntoForce event) {
        status = evaluationFiled ? ConventionStatus.EVALUATED : ConventionStatus.IN_FORCE;
    }

    @EventSourcingHandler
    void on(ConventionTacitlyRenewed event) {
        anniversariesPassed.add(event.anniversary());
    }

    @EventSourcingHandler
    void on(ConventionRenewalWithheld event) {
        anniversariesPassed.add(event.anniversary());
        status = ConventionStatus.LAPSED;
    }

    @EventSourcingHandler
    void on(ConventionExpired event) {
        status = ConventionStatus.EXPIRED;
    }

    @EventSourcingHandler
    void on(TerminationNotified event) {
        terminationEffectiveOn = event.effectiveOn();
    }

    @EventSourcingHandler
    void on(TerminationWithdrawn event) {
        terminationEffectiveOn = null;
    }

    @EventSourcingHandler
    void on(ConventionTerminated event) {
        status = ConventionStatus.TERMINATED;
        terminationEffectiveOn = null;
    }

    @EventSourcingHandler
    void on(AssociationDocumentFiled event) {
        String key = event.fiscalYear() + ":" + event.document();
        Obligation current = obligations.get(key);
        obligations.put(key, new Obligation(current.due(), event.filedOn(), event.late(), current.flaggedOverdue()));
    }

    @EventSourcingHandler
    void on(AssociationDocumentOverdue event) {
        String key = event.fiscalYear() + ":" + event.document();
        Obligation current = obligations.get(key);
        obligations.put(key, new Obligation(current.due(), current.filedOn(), current.late(), true));
    }

    @EventSourcingHandler
    void on(FinalEvaluationFiled event) {
        evaluationFiled = true;
        if (status == ConventionStatus.IN_FORCE) {
            status = ConventionStatus.EVALUATED;
        }
    }

    @EventSourcingHandler
    void on(FinalEvaluationOverdue event) {
        evaluationFlaggedOverdue = true;
    }

    @EventSourcingHandler
    void on(ConventionRenewed event) {
        terms = new ConventionTerms(terms.startDate(), event.endDate(), event.subsidyTotalCents(),
                event.annualSubsidyCents(), terms.budget(), terms.annexes());
        subsidy = subsidy.withPeriodAdded(event.subsidyTotalCents());
        // a convention renewed while in force goes on; one renewed after its term takes effect at the new start
        status = status.inForce() ? ConventionStatus.IN_FORCE : ConventionStatus.SIGNED;
        takesEffectOn = event.startDate();
        anniversariesPassed.clear();
        startPeriod(event.startDate(), event.durationYears(), event.endDate());
    }

    @EventSourcingHandler
    void on(AvenantProposed event) {
        pendingAvenant = event.avenantId();
        pendingChanges = event;
        avenantSignatures.clear();
    }

    @EventSourcingHandler
    void on(AvenantPartySigned event) {
        avenantSignatures.put(event.party(), event.signedOn());
    }

    @EventSourcingHandler
    void on(AvenantApplied event) {
        subsidy = subsidy.withPeriodSubsidyChanged(terms.subsidyTotalCents(), event.terms().subsidyTotalCents());
        terms = event.terms();
        avenantsApplied = event.number();
        pendingAvenant = null;
        pendingChanges = null;
        avenantSignatures.clear();
    }

    @EventSourcingHandler
    void on(SubsidyNotified event) {
        subsidy = subsidy.notified(event.year(), event.amountCents());
    }

    @EventSourcingHandler
    void on(SubsidyInstallmentPaid event) {
        subsidy = subsidy.paid(event.year(), event.amountCents());
    }

    @EventSourcingHandler
    void on(SubsidySuspended event) {
        subsidy = subsidy.suspended(event.year(), true);
    }

    @EventSourcingHandler
    void on(SubsidyResumed event) {
        subsidy = subsidy.suspended(event.year(), false);
    }

    @EventSourcingHandler
    void on(SubsidyReduced event) {
        subsidy = subsidy.reduced(event.year(), event.amountCents());
    }

    @EventSourcingHandler
    void on(SubsidyReclaimed event) {
        subsidy = subsidy.reclaimed(event.year(), event.amountCents());
    }

    // ------------------------------------------------------------------ drafting rules

    private static void checkParties(DraftConvention command) {
        if (command.kind() != ConventionKind.NATIONAL_MULTI_YEAR) {
            requireAcademie(command);
        }
        List<Party> parties = command.parties();
        List<PartyRole> roles = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            String field = "parties[" + i + "].identifier";
            if (roles.contains(party.role())) {
                throw RuleViolation.unprocessable("party-listed-twice", "parties[" + i + "].role",
                        party.role() + " is listed twice");
            }
            roles.add(party.role());
            if (SIRET_ROLES.contains(party.role()) && !Siret.isValid(party.identifier())) {
                throw RuleViolation.unprocessable("siret-invalid", field,
                        "a " + party.role() + " is identified by a SIRET: 14 digits with a valid Luhn checksum");
            }
            if (party.role() == PartyRole.ETABLISSEMENT && !Identifiers.isUai(party.identifier())) {
                throw RuleViolation.unprocessable("uai-invalid", field,
                        "an établissement is identified by its UAI: 7 digits and a letter");
            }
            if (party.role() == PartyRole.RECTORAT && !Objects.equals(command.academie(), party.identifier())) {
                throw RuleViolation.unprocessable("rectorat-outside-academie", field,
                        "the rectorat party must be the rectorat of the convention's académie " + command.academie());
            }
        }
        switch (command.kind()) {
            case NATIONAL_MULTI_YEAR -> {
                if (command.academie() != null) {
                    throw RuleViolation.unprocessable("national-convention-has-no-academie", "academie",
                            "the national convention binds the ministry and the association, not an académie");
                }
                requireExactly(roles, Set.of(PartyRole.MINISTRY, PartyRole.ASSOCIATION), "national-convention-parties",
                        "the national convention is between the ministry and the association");
            }
            case SECONDMENT_AGREEMENT -> requireExactly(roles, Set.of(PartyRole.RECTORAT, PartyRole.MEMBER_COMPANY),
                    "secondment-parties", "a secondment agreement is between the recteur and a member company");
            case PARTNERSHIP, FRAMEWORK_AGREEMENT -> {
                boolean schoolSide = roles.stream().anyMatch(SCHOOL_SIDE::contains);
                boolean companySide = roles.stream().anyMatch(COMPANY_SIDE::contains);
                if (!schoolSide || !companySide || roles.contains(PartyRole.MINISTRY)) {
                    throw RuleViolation.unprocessable("partnership-parties", "parties",
                            "a partnership binds an académie or établissement and a company or professional body");
                }
            }
            default -> throw new IllegalArgumentException(command.kind().name());
        }
    }

    private static void requireAcademie(DraftConvention command) {
        if (command.academie() == null || !Identifiers.isAcademieSlug(command.academie())) {
            throw RuleViolation.unprocessable("academie-required", "academie",
                    "a " + command.kind() + " belongs to an académie (slug such as aix-marseille)");
        }
    }

    private static void requireExactly(List<PartyRole> roles, Set<PartyRole> expected, String rule, String message) {
        if (roles.size() != expected.size() || !expected.containsAll(roles)) {
            throw RuleViolation.unprocessable(rule, "parties", message);
        }
    }

    private static void checkSubsidy(DraftConvention command) {
        if (command.kind() != ConventionKind.NATIONAL_MULTI_YEAR) {
            if (command.subsidyTotalCents() != 0 || command.annualSubsidyCents() != 0) {
                throw RuleViolation.unprocessable("subsidy-only-national", "subsidyTotalCents",
                        "only the national convention carries the State subsidy");
            }
            return;
        }
        if (command.subsidyTotalCents() <= 0) {
            throw RuleViolation.unprocessable("subsidy-required", "subsidyTotalCents",
                    "the national convention states the subsidy it grants");
        }
        if (command.annualSubsidyCents() * command.durationYears() != command.subsidyTotalCents()) {
            throw RuleViolation.unprocessable("subsidy-schedule-mismatch", "annualSubsidyCents",
                    "the yearly amount times the duration must equal the total subsidy (art. 4)");
        }
    }
}
