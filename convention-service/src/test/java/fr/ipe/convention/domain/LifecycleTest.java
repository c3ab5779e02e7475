package fr.ipe.convention.domain;

import static fr.ipe.convention.domain.ConventionTest.ASSOCIATION;
import static fr.ipe.convention.domain.ConventionTest.BUDGET_2007;
import static fr.ipe.convention.domain.ConventionTest.ID;
import static fr.ipe.convention.domain.ConventionTest.MINISTRY;
import static fr.ipe.convention.domain.ConventionTest.START;
import static fr.ipe.convention.domain.ConventionTest.drafted2007;
import static fr.ipe.convention.domain.ConventionTest.national2007;
import static fr.ipe.convention.domain.ConventionTest.violation;
import static fr.ipe.convention.domain.SubsidyTest.signed2007;

import fr.ipe.contracts.convention.Annex;
import fr.ipe.contracts.convention.AssociationDocument;
import fr.ipe.contracts.convention.AssociationDocumentFiled;
import fr.ipe.contracts.convention.AssociationDocumentOverdue;
import fr.ipe.contracts.convention.AvenantApplied;
import fr.ipe.contracts.convention.AvenantPartySigned;
import fr.ipe.contracts.convention.AvenantProposed;
import fr.ipe.contracts.convention.AssociationDeclaration;
import fr.ipe.contracts.convention.DeclarationCopyFiled;
import fr.ipe.contracts.convention.GeneralAssemblyHeld;
import fr.ipe.contracts.convention.Budget;
import fr.ipe.contracts.convention.BudgetLine;
import fr.ipe.contracts.convention.ConventionDrafted;
import fr.ipe.contracts.convention.ConventionEnteredIntoForce;
import fr.ipe.contracts.convention.ConventionExpired;
import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.ConventionRenewalWithheld;
import fr.ipe.contracts.convention.ConventionRenewed;
import fr.ipe.contracts.convention.ConventionTacitlyRenewed;
import fr.ipe.contracts.convention.ConventionTerminated;
import fr.ipe.contracts.convention.ConventionTerms;
import fr.ipe.contracts.convention.FinalEvaluationFiled;
import fr.ipe.contracts.convention.Party;
import fr.ipe.contracts.convention.PartyRole;
import fr.ipe.contracts.convention.SubsidyNotified;
import fr.ipe.contracts.convention.TerminationNotified;
import fr.ipe.contracts.convention.TerminationWithdrawn;
import fr.ipe.convention.domain.LifecycleCommands.EvaluateDeadlines;
import fr.ipe.convention.domain.LifecycleCommands.FileAssociationDocument;
import fr.ipe.convention.domain.LifecycleCommands.FileFinalEvaluation;
import fr.ipe.convention.domain.LifecycleCommands.FileDeclarationCopy;
import fr.ipe.convention.domain.LifecycleCommands.RecordGeneralAssembly;
import fr.ipe.convention.domain.LifecycleCommands.NotifyTermination;
import fr.ipe.convention.domain.LifecycleCommands.ProposeAvenant;
import fr.ipe.convention.domain.LifecycleCommands.RenewConvention;
import fr.ipe.convention.domain.LifecycleCommands.SignAvenant;
import fr.ipe.convention.domain.LifecycleCommands.WithdrawTermination;
import fr.ipe.convention.domain.SubsidyCommands.NotifySubsidy;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The life of the 2007 national convention: in force on 1 March 2007, anniversaries on 1 March 2008, 2009 and 2010,
 * documents of fiscal year Y (closing 31 December) due on 30 June Y+1, final evaluation due on 30 June 2010, end of term
 * on 28 February 2011.
 */
class LifecycleTest {

    static final LocalDate ANNIVERSARY_2008 = LocalDate.of(2008, 3, 1);
    static final LocalDate ANNIVERSARY_2009 = LocalDate.of(2009, 3, 1);
    static final LocalDate ANNIVERSARY_2010 = LocalDate.of(2010, 3, 1);

    private FixtureConfiguration<Convention> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Convention.class);
    }

    static List<Object> inForce(Object... then) {
        List<Object> events = new ArrayList<>(signed2007());
        events.add(new ConventionEnteredIntoForce(ID, null, START));
        events.addAll(List.of(then));
        return events;
    }

    static AssociationDocumentFiled filed(int fiscalYear, AssociationDocument document, LocalDate on) {
        LocalDate due = document.hasDeadline() ? LocalDate.of(fiscalYear + 1, 6, 30) : null;
        return new AssociationDocumentFiled(ID, null, fiscalYear, document, due, on, due != null && on.isAfter(due));
    }

    static List<Object> allFiledInTime(int fiscalYear) {
        LocalDate on = LocalDate.of(fiscalYear + 1, 5, 15);
        return List.of(filed(fiscalYear, AssociationDocument.FINANCIAL_REPORT, on),
                filed(fiscalYear, AssociationDocument.ANNUAL_ACCOUNTS, on),
                filed(fiscalYear, AssociationDocument.AUDITOR_REPORT, on));
    }

    // ------------------------------------------------------------------ budget (annex 2)

    @Test
    void acceptsTheBalancedBudgetOf2007() {
        fixture.givenNoPriorActivity().when(national2007(BUDGET_2007)).expectEvents(drafted2007());
    }

    @Test
    void refusesAnUnbalancedBudget() {
        Budget unbalanced = new Budget(BUDGET_2007.income(), List.of(BUDGET_2007.spending().get(0)));
        fixture.givenNoPriorActivity().when(national2007(unbalanced)).expectException(violation("budget-unbalanced", "budget"));
    }

    @Test
    void refusesAComputedLineThatDoesNotAddUp() {
        List<BudgetLine> spending = new ArrayList<>(BUDGET_2007.spending());
        spending.set(0, new BudgetLine("salary-allowances", "Indemnités", 633_600_000L, 48, 4, 3_300_001L));
        fixture.givenNoPriorActivity().when(national2007(new Budget(BUDGET_2007.income(), spending)))
                .expectException(violation("budget-line-miscomputed", "budget.spending[0].amountCents"));
    }

    @Test
    void refusesAComputedLineWithoutItsUnitAmount() {
        List<BudgetLine> spending = new ArrayList<>(BUDGET_2007.spending());
        spending.set(1, new BudgetLine("travel", "Déplacements", 92_400_000L, 55, 4, null));
        fixture.givenNoPriorActivity().when(national2007(new Budget(BUDGET_2007.income(), spending)))
                .expectException(violation("budget-line-incomplete", "budget.spending[1]"));
    }

    @Test
    void refusesAStateSubsidyLineThatDiffersFromArticle4() {
        List<BudgetLine> income = new ArrayList<>(BUDGET_2007.income());
        income.set(0, new BudgetLine("state-subsidy", "Subvention", 700_000_000L, null, null, null));
        income.set(2, new BudgetLine("company-contributions", "Contributions", 60_000_000L, null, null, null));
        fixture.givenNoPriorActivity().when(national2007(new Budget(income, BUDGET_2007.spending())))
                .expectException(violation("budget-subsidy-mismatch", "budget.income"));
    }

    @Test
    void refusesAConventionWithoutObjectives() {
        var command = new DraftConvention(ID, ConventionKind.NATIONAL_MULTI_YEAR, "t", " ", null,
                List.of(MINISTRY, ASSOCIATION), START, 4, 720_000_000L, ConventionTest.SCHEDULE_2007, null, null, null,
                null);
        fixture.givenNoPriorActivity().when(command).expectException(violation("objectives-required", "objectives"));
    }

    // ------------------------------------------------------------------ deadlines

    @Test
    void entersIntoForceOnItsStartDateOnceSigned() {
        fixture.given(signed2007()).when(new EvaluateDeadlines(ID, START))
                .expectEvents(new ConventionEnteredIntoForce(ID, null, START));
    }

    @Test
    void nothingHappensBeforeTheStartOrTwice() {
        fixture.given(signed2007()).when(new EvaluateDeadlines(ID, START.minusDays(1))).expectNoEvents();
        fixture.given(inForce()).when(new EvaluateDeadlines(ID, START)).expectNoEvents();
    }

    @Test
    void aDraftHasNoDeadlines() {
        fixture.given(drafted2007()).when(new EvaluateDeadlines(ID, LocalDate.of(2012, 1, 1))).expectNoEvents();
    }

    @Test
    void isTacitlyRenewedWhenEveryDocumentWasFiledInTime() {
        List<Object> given = inForce(new ConventionTacitlyRenewed(ID, null, ANNIVERSARY_2008, 2));
        given.addAll(allFiledInTime(2007));
        fixture.given(given).when(new EvaluateDeadlines(ID, ANNIVERSARY_2009))
                .expectEvents(new ConventionTacitlyRenewed(ID, null, ANNIVERSARY_2009, 3));
    }

    @Test
    void aLateDocumentWithholdsTheRenewalAndTheConventionLapses() {
        List<Object> given = inForce(new ConventionTacitlyRenewed(ID, null, ANNIVERSARY_2008, 2),
                filed(2007, AssociationDocument.FINANCIAL_REPORT, LocalDate.of(2008, 9, 1)),
                filed(2007, AssociationDocument.ANNUAL_ACCOUNTS, LocalDate.of(2008, 5, 15)),
                filed(2007, AssociationDocument.AUDITOR_REPORT, LocalDate.of(2008, 5, 15)));
        fixture.given(given).when(new EvaluateDeadlines(ID, ANNIVERSARY_2009))
                .expectEvents(new ConventionRenewalWithheld(ID, null, ANNIVERSARY_2009, List.of("FINANCIAL_REPORT 2007")));
        given.add(new ConventionRenewalWithheld(ID, null, ANNIVERSARY_2009, List.of("FINANCIAL_REPORT 2007")));
        fixture.given(given).when(new NotifySubsidy(ID, 2009, 180_000_000L, ANNIVERSARY_2009, null))
                .expectException(violation("convention-ended", null));
    }

    @Test
    void flagsDocumentsOverdueTheDayAfterTheirDueDate() {
        fixture.given(inForce(new ConventionTacitlyRenewed(ID, null, ANNIVERSARY_2008, 2)))
                .when(new EvaluateDeadlines(ID, LocalDate.of(2008, 6, 30))).expectNoEvents();
        LocalDate due = LocalDate.of(2008, 6, 30);
        fixture.given(inForce(new ConventionTacitlyRenewed(ID, null, ANNIVERSARY_2008, 2)))
                .when(new EvaluateDeadlines(ID, LocalDate.of(2008, 7, 1)))
                .expectEvents(new AssociationDocumentOverdue(ID, null, 2007, AssociationDocument.FINANCIAL_REPORT, due),
                        new AssociationDocumentOverdue(ID, null, 2007, AssociationDocument.ANNUAL_ACCOUNTS, due));
    }

    @Test
    void expiresTheDayAfterItsTerm() {
        List<Object> given = inForce(new ConventionTacitlyRenewed(ID, null, ANNIVERSARY_2008, 2),
                new ConventionTacitlyRenewed(ID, null, ANNIVERSARY_2009, 3),
                new ConventionTacitlyRenewed(ID, null, ANNIVERSARY_2010, 4),
                new FinalEvaluationFiled(ID, null, LocalDate.of(2010, 6, 30), LocalDate.of(2010, 6, 1), false));
        given.addAll(allFiledInTime(2007));
        given.addAll(allFiledInTime(2008));
        given.addAll(allFiledInTime(2009));
        fixture.given(given).when(new EvaluateDeadlines(ID, LocalDate.of(2011, 2, 28))).expectNoEvents();
        fixture.given(given).when(new EvaluateDeadlines(ID, LocalDate.of(2011, 3, 1)))
                .expectEvents(new ConventionExpired(ID, null, LocalDate.of(2011, 3, 1)));
    }

    // ------------------------------------------------------------------ the association's documents and evaluation

    @Test
    void filesADocumentOnTimeOrLate() {
        fixture.given(inForce()).when(new FileAssociationDocument(ID, 2007, AssociationDocument.ANNUAL_ACCOUNTS,
                        LocalDate.of(2008, 6, 30), null))
                .expectEvents(filed(2007, AssociationDocument.ANNUAL_ACCOUNTS, LocalDate.of(2008, 6, 30)));
        fixture.given(inForce()).when(new FileAssociationDocument(ID, 2007, AssociationDocument.ANNUAL_ACCOUNTS,
                        LocalDate.of(2008, 7, 1), null))
                .expectEvents(new AssociationDocumentFiled(ID, null, 2007, AssociationDocument.ANNUAL_ACCOUNTS,
                        LocalDate.of(2008, 6, 30), LocalDate.of(2008, 7, 1), true));
    }

    @Test
    void refusesADocumentForAFiscalYearTheConventionDoesNotCover() {
        fixture.given(inForce()).when(new FileAssociationDocument(ID, 2006, AssociationDocument.ANNUAL_ACCOUNTS,
                        LocalDate.of(2007, 6, 1), null))
                .expectException(violation("fiscal-year-outside-convention", "fiscalYear"));
    }

    @Test
    void refusesTheSameDocumentTwice() {
        fixture.given(inForce(filed(2007, AssociationDocument.ANNUAL_ACCOUNTS, LocalDate.of(2008, 5, 1))))
                .when(new FileAssociationDocument(ID, 2007, AssociationDocument.ANNUAL_ACCOUNTS, LocalDate.of(2008, 5, 2), null))
                .expectException(violation("document-already-filed", null));
    }

    @Test
    void refusesDocumentsOutsideTheNationalConvention() {
        fixture.given(new ConventionDrafted(ID, ConventionKind.PARTNERSHIP, "Partenariat", "Découverte", "lyon",
                        List.of(new Party(PartyRole.RECTORAT, "Rectorat", "lyon"), ASSOCIATION), START, 3,
                        START.plusYears(3).minusDays(1), 0, List.of(), MonthDay.of(12, 31), null, List.of(), null))
                .when(new FileAssociationDocument(ID, 2007, AssociationDocument.ANNUAL_ACCOUNTS, START, null))
                .expectException(violation("obligations-only-national", "conventionId"));
    }

    @Test
    void filesTheFinalEvaluationOnceAndOnlyOnce() {
        LocalDate due = LocalDate.of(2010, 6, 30);
        fixture.given(inForce()).when(new FileFinalEvaluation(ID, LocalDate.of(2010, 6, 1), null))
                .expectEvents(new FinalEvaluationFiled(ID, null, due, LocalDate.of(2010, 6, 1), false));
        fixture.given(inForce(new FinalEvaluationFiled(ID, null, due, LocalDate.of(2010, 6, 1), false)))
                .when(new FileFinalEvaluation(ID, LocalDate.of(2010, 6, 2), null))
                .expectException(violation("evaluation-already-filed", null));
    }

    // ------------------------------------------------------------------ termination (art. 12)

    @Test
    void aNoticeOfTerminationTakesEffectThreeMonthsLaterAfterEarlierDeadlines() {
        LocalDate notice = LocalDate.of(2008, 1, 15);
        LocalDate effective = LocalDate.of(2008, 4, 15);
        fixture.given(inForce()).when(new NotifyTermination(ID, PartyRole.MINISTRY, notice, 5, "manquement", null))
                .expectEvents(new TerminationNotified(ID, null, PartyRole.MINISTRY, notice, effective, 5, "manquement"));
        fixture.given(inForce(new TerminationNotified(ID, null, PartyRole.MINISTRY, notice, effective, 5, "manquement")))
                .when(new EvaluateDeadlines(ID, effective))
                .expectEvents(new ConventionTacitlyRenewed(ID, null, ANNIVERSARY_2008, 2),
                        new ConventionTerminated(ID, null, effective));
    }

    @Test
    void refusesASecondNoticeAndANoticeByAnOutsider() {
        LocalDate notice = LocalDate.of(2008, 1, 15);
        fixture.given(inForce(new TerminationNotified(ID, null, PartyRole.MINISTRY, notice, notice.plusMonths(3), 5, "x")))
                .when(new NotifyTermination(ID, PartyRole.ASSOCIATION, notice, 4, "y", null))
                .expectException(violation("termination-already-notified", null));
        fixture.given(inForce()).when(new NotifyTermination(ID, PartyRole.RECTORAT, notice, 4, "y", null))
                .expectException(violation("not-a-party", "party"));
    }

    @Test
    void refusesToTerminateAnUnsignedConvention() {
        fixture.given(drafted2007()).when(new NotifyTermination(ID, PartyRole.MINISTRY, START, 5, "x", null))
                .expectException(violation("convention-not-signed", null));
    }

    @Test
    void aNoticeCanBeWithdrawnOnlyBeforeItTakesEffect() {
        LocalDate notice = LocalDate.of(2008, 1, 15);
        LocalDate effective = LocalDate.of(2008, 4, 15);
        List<Object> noticed = inForce(new TerminationNotified(ID, null, PartyRole.MINISTRY, notice, effective, 5, "x"));
        fixture.given(noticed).when(new WithdrawTermination(ID, PartyRole.MINISTRY, effective.minusDays(1), null))
                .expectEvents(new TerminationWithdrawn(ID, null, PartyRole.MINISTRY, effective.minusDays(1)));
        fixture.given(noticed).when(new WithdrawTermination(ID, PartyRole.MINISTRY, effective, null))
                .expectException(violation("termination-already-effective", null));
        fixture.given(inForce()).when(new WithdrawTermination(ID, PartyRole.MINISTRY, notice, null))
                .expectException(violation("no-termination-notice", null));
    }

    @Test
    void onlyThePartyThatGaveNoticeWithdrawsIt() {
        LocalDate notice = LocalDate.of(2008, 1, 15);
        fixture.given(inForce(new TerminationNotified(ID, null, PartyRole.MINISTRY, notice, notice.plusMonths(3), 5, "x")))
                .when(new WithdrawTermination(ID, PartyRole.ASSOCIATION, notice.plusDays(1), null))
                .expectException(violation("withdrawal-by-notifying-party", "party"));
    }

    @Test
    void aWithdrawnNoticeNeverTakesEffect() {
        LocalDate notice = LocalDate.of(2008, 4, 1);
        fixture.given(inForce(new ConventionTacitlyRenewed(ID, null, ANNIVERSARY_2008, 2),
                        new TerminationNotified(ID, null, PartyRole.MINISTRY, notice, notice.plusMonths(3), 5, "x"),
                        new TerminationWithdrawn(ID, null, PartyRole.MINISTRY, notice.plusDays(10))))
                .when(new EvaluateDeadlines(ID, LocalDate.of(2008, 6, 30))).expectNoEvents();
    }

    // ------------------------------------------------------------------ renewal (art. 10)

    static final LocalDate RENEWED_ON = LocalDate.of(2010, 12, 1);
    static final LocalDate NEXT_START = LocalDate.of(2011, 3, 1);

    @Test
    void anEvaluatedConventionIsFollowedByANewOne() {
        LocalDate due = LocalDate.of(2010, 6, 30);
        fixture.given(inForce(new FinalEvaluationFiled(ID, null, due, LocalDate.of(2010, 6, 1), false)))
                .when(new RenewConvention(ID, "conv-2011", RENEWED_ON, NEXT_START, null))
                .expectEvents(new ConventionRenewed(ID, null, RENEWED_ON, "conv-2011", NEXT_START));
    }

    @Test
    void refusesARenewalWithoutTheFinalEvaluation() {
        fixture.given(inForce()).when(new RenewConvention(ID, "conv-2011", RENEWED_ON, NEXT_START, null))
                .expectException(violation("renewal-requires-evaluation", "conventionId"));
    }

    @Test
    void refusesASuccessorThatOverlapsOrASecondOne() {
        FinalEvaluationFiled evaluated = new FinalEvaluationFiled(ID, null, LocalDate.of(2010, 6, 30),
                LocalDate.of(2010, 6, 1), false);
        fixture.given(inForce(evaluated)).when(new RenewConvention(ID, "conv-2011", RENEWED_ON, LocalDate.of(2011, 2, 28), null))
                .expectException(violation("renewal-overlaps", "startDate"));
        fixture.given(inForce(evaluated, new ConventionRenewed(ID, null, RENEWED_ON, "conv-2011", NEXT_START)))
                .when(new RenewConvention(ID, "conv-2011-bis", RENEWED_ON, NEXT_START, null))
                .expectException(violation("already-renewed", null));
    }

    @Test
    void refusesToRenewATerminatedConvention() {
        fixture.given(inForce(new ConventionTerminated(ID, null, LocalDate.of(2008, 4, 15))))
                .when(new RenewConvention(ID, "conv-2011", RENEWED_ON, NEXT_START, null))
                .expectException(violation("convention-ended", null));
    }

    // ------------------------------------------------------------------ avenants (art. 11)

    static final LocalDate PROPOSED = LocalDate.of(2008, 10, 1);

    static Budget budgetWithSubsidy(long subsidyCents) {
        List<BudgetLine> income = new ArrayList<>(BUDGET_2007.income());
        income.set(0, new BudgetLine("state-subsidy", "Subvention de l'État", subsidyCents, null, null, null));
        List<BudgetLine> spending = new ArrayList<>(BUDGET_2007.spending());
        spending.set(2, new BudgetLine("structure-costs", "Frais de structure", 50_000_000L + subsidyCents - 720_000_000L,
                null, null, null));
        return new Budget(income, spending);
    }

    /** The last year raised by 300 000 €. */
    static final List<Long> SCHEDULE_750K = List.of(180_000_000L, 180_000_000L, 180_000_000L, 210_000_000L);

    static AvenantProposed raisedTo750k() {
        return new AvenantProposed(ID, null, "av-1", 1, PROPOSED, "Hausse de la subvention", null, 750_000_000L,
                SCHEDULE_750K, budgetWithSubsidy(750_000_000L), null);
    }

    @Test
    void proposesAnAvenantRaisingTheSubsidyWithABalancedBudget() {
        fixture.given(inForce()).when(new ProposeAvenant(ID, "av-1", PROPOSED, "Hausse de la subvention", null, null,
                        750_000_000L, SCHEDULE_750K, budgetWithSubsidy(750_000_000L), null, null))
                .expectEvents(raisedTo750k());
    }

    @Test
    void refusesAnAvenantThatTouchesTheObjectives() {
        fixture.given(inForce()).when(new ProposeAvenant(ID, "av-1", PROPOSED, "Nouveaux objectifs", "Autre chose",
                        null, null, null, null, null, null))
                .expectException(violation("objectives-cannot-change", "objectives"));
    }

    @Test
    void refusesAnAvenantThatChangesNothing() {
        fixture.given(inForce()).when(new ProposeAvenant(ID, "av-1", PROPOSED, "Rien", null, null, null, null, null,
                        null, null))
                .expectException(violation("avenant-without-change", "avenant"));
    }

    @Test
    void refusesASecondAvenantWhileOneAwaitsSignatures() {
        fixture.given(inForce(raisedTo750k())).when(new ProposeAvenant(ID, "av-2", PROPOSED, "Annexe", null, null,
                        null, null, null, List.of(new Annex(3, "Évaluation", null)), null))
                .expectException(violation("avenant-pending", null));
    }

    @Test
    void refusesAnAvenantWhoseBudgetNoLongerBalances() {
        fixture.given(inForce()).when(new ProposeAvenant(ID, "av-1", PROPOSED, "Hausse", null, null, 750_000_000L,
                        SCHEDULE_750K, null, null, null))
                .expectException(violation("budget-subsidy-mismatch", "budget.income"));
    }

    @Test
    void refusesToLowerTheSubsidyBelowWhatWasNotified() {
        fixture.given(inForce(new SubsidyNotified(ID, 2007, 180_000_000L, START),
                        new SubsidyNotified(ID, 2008, 180_000_000L, START)))
                .when(new ProposeAvenant(ID, "av-1", PROPOSED, "Baisse", null, null, 300_000_000L,
                        List.of(75_000_000L, 75_000_000L, 75_000_000L, 75_000_000L), budgetWithSubsidy(300_000_000L),
                        null, null))
                .expectException(violation("ceiling-below-notified", "subsidyTotalCents"));
    }

    @Test
    void anAvenantAppliesOnceBothPartiesSignedAndRaisesTheCeiling() {
        LocalDate signedOn = LocalDate.of(2008, 11, 1);
        ConventionTerms amended = new ConventionTerms(START, LocalDate.of(2011, 2, 28), 750_000_000L, SCHEDULE_750K,
                budgetWithSubsidy(750_000_000L), List.of());
        fixture.given(inForce(raisedTo750k(), new AvenantPartySigned(ID, null, "av-1", PartyRole.MINISTRY, "DGESCO", signedOn)))
                .when(new SignAvenant(ID, "av-1", PartyRole.ASSOCIATION, "Président", signedOn, null))
                .expectEvents(new AvenantPartySigned(ID, null, "av-1", PartyRole.ASSOCIATION, "Président", signedOn),
                        new AvenantApplied(ID, null, "av-1", 1, signedOn, amended));
        List<Object> applied = inForce(new SubsidyNotified(ID, 2007, 180_000_000L, START),
                new SubsidyNotified(ID, 2008, 180_000_000L, START), new SubsidyNotified(ID, 2009, 180_000_000L, START),
                raisedTo750k(), new AvenantApplied(ID, null, "av-1", 1, signedOn, amended));
        fixture.given(applied).when(new NotifySubsidy(ID, 2010, 210_000_000L, signedOn, null))
                .expectEvents(new SubsidyNotified(ID, 2010, 210_000_000L, signedOn));
    }

    @Test
    void refusesToSignAnAvenantThatIsNotAwaitingSignatures() {
        fixture.given(inForce()).when(new SignAvenant(ID, "av-9", PartyRole.MINISTRY, "DGESCO", PROPOSED, null))
                .expectException(violation("no-such-avenant", null));
    }

    @Test
    void theOriginalTermsStandUntilTheAvenantApplies() {
        fixture.given(inForce(new SubsidyNotified(ID, 2007, 180_000_000L, START),
                        new SubsidyNotified(ID, 2008, 180_000_000L, START), new SubsidyNotified(ID, 2009, 180_000_000L, START),
                        raisedTo750k()))
                .when(new NotifySubsidy(ID, 2010, 210_000_000L, PROPOSED, null))
                .expectException(violation("subsidy-ceiling-exceeded", "amountCents"));
    }

    @Test
    void refusesAnAvenantThatReplacesAnnex1() {
        // art. 11: never the objectives of article 1, whose content is annex 1
        fixture.given(inForce()).when(new ProposeAvenant(ID, "av-1", PROPOSED, "Nouvelles actions", null, null, null,
                        null, null, List.of(new Annex(1, "Autres actions", null)), null))
                .expectException(violation("objectives-annex-cannot-change", "annexes"));
    }

    @Test
    void anAvenantReplacesOtherAnnexesByNumber() {
        LocalDate signedOn = LocalDate.of(2008, 11, 1);
        List<Object> given = inForce();
        given.set(0, new ConventionDrafted(ID, ConventionKind.NATIONAL_MULTI_YEAR, "Convention", "Les actions de l'annexe 1",
                null, List.of(MINISTRY, ASSOCIATION), START, 4, LocalDate.of(2011, 2, 28), 720_000_000L,
                ConventionTest.SCHEDULE_2007, MonthDay.of(12, 31), null,
                List.of(new Annex(1, "Actions", null), new Annex(3, "Évaluation", null)), null));
        given.add(new AvenantProposed(ID, null, "av-1", 1, PROPOSED, "Évaluation revue", null, null, null, null,
                List.of(new Annex(3, "Évaluation revue", "indicateurs"))));
        given.add(new AvenantPartySigned(ID, null, "av-1", PartyRole.MINISTRY, "DGESCO", signedOn));
        fixture.given(given).when(new SignAvenant(ID, "av-1", PartyRole.ASSOCIATION, "Président", signedOn, null))
                .expectEvents(new AvenantPartySigned(ID, null, "av-1", PartyRole.ASSOCIATION, "Président", signedOn),
                        new AvenantApplied(ID, null, "av-1", 1, signedOn, new ConventionTerms(START,
                                LocalDate.of(2011, 2, 28), 720_000_000L, ConventionTest.SCHEDULE_2007, null,
                                List.of(new Annex(1, "Actions", null), new Annex(3, "Évaluation revue", "indicateurs")))));
    }

    /** An avenant of 2010 that adds a fifth year: to 29 February 2012, 1 800 000 € more. */
    static List<Object> extendedToAFifthYear() {
        LocalDate signedOn = LocalDate.of(2010, 2, 1);
        ConventionTerms fiveYears = new ConventionTerms(START, LocalDate.of(2012, 2, 29), 900_000_000L,
                List.of(180_000_000L, 180_000_000L, 180_000_000L, 180_000_000L, 180_000_000L),
                budgetWithSubsidy(900_000_000L), List.of());
        List<Object> events = inForce(new ConventionTacitlyRenewed(ID, null, ANNIVERSARY_2008, 2),
                new ConventionTacitlyRenewed(ID, null, ANNIVERSARY_2009, 3),
                new AvenantProposed(ID, null, "av-1", 1, signedOn, "Cinquième année", fiveYears.endDate(), 900_000_000L,
                        fiveYears.yearlySubsidyCents(), fiveYears.budget(), null),
                new AvenantPartySigned(ID, null, "av-1", PartyRole.MINISTRY, "DGESCO", signedOn),
                new AvenantPartySigned(ID, null, "av-1", PartyRole.ASSOCIATION, "Président", signedOn),
                new AvenantApplied(ID, null, "av-1", 1, signedOn, fiveYears));
        for (int year = 2007; year <= 2009; year++) {
            events.addAll(allFiledInTime(year));
        }
        return events;
    }

    @Test
    void anAvenantThatAddsAFifthYearMovesTheAnniversariesTheDocumentsAndTheEvaluation() {
        // art. 11: the fourth anniversary now renews tacitly instead of the term ending
        fixture.given(extendedToAFifthYear()).when(new EvaluateDeadlines(ID, LocalDate.of(2011, 3, 1)))
                .expectEvents(new ConventionTacitlyRenewed(ID, null, ANNIVERSARY_2010, 4),
                        new ConventionTacitlyRenewed(ID, null, LocalDate.of(2011, 3, 1), 5));
        // the fifth year's documents (fiscal year 2011, closing within the new term) are accepted
        fixture.given(extendedToAFifthYear()).when(new FileAssociationDocument(ID, 2011,
                        AssociationDocument.ANNUAL_ACCOUNTS, LocalDate.of(2012, 5, 2), null))
                .expectEvents(filed(2011, AssociationDocument.ANNUAL_ACCOUNTS, LocalDate.of(2012, 5, 2)));
        // the evaluation is now due before 1 July of the last year of execution, 2011, no longer 2010
        fixture.given(extendedToAFifthYear()).when(new FileFinalEvaluation(ID, LocalDate.of(2011, 5, 1), null))
                .expectEvents(new FinalEvaluationFiled(ID, null, LocalDate.of(2011, 6, 30), LocalDate.of(2011, 5, 1), false));
    }

    @Test
    void anAvenantThatMovesTheEndDateStatesTheNewYearsSchedule() {
        fixture.given(inForce()).when(new ProposeAvenant(ID, "av-1", PROPOSED, "Cinquième année", null,
                        LocalDate.of(2012, 2, 29), null, null, null, null, null))
                .expectException(violation("subsidy-schedule-mismatch", "yearlySubsidyCents"));
    }

    @Test
    void theGeneralAssemblyBringsTheDocumentsForward() {
        // art. 2: one month after the general assembly, and at the latest six months after the close
        LocalDate heldOn = LocalDate.of(2008, 4, 10);
        fixture.given(inForce()).when(new RecordGeneralAssembly(ID, 2007, heldOn, null))
                .expectEvents(new GeneralAssemblyHeld(ID, null, 2007, heldOn, LocalDate.of(2008, 5, 10)));
        fixture.given(inForce(new GeneralAssemblyHeld(ID, null, 2007, heldOn, LocalDate.of(2008, 5, 10))))
                .when(new FileAssociationDocument(ID, 2007, AssociationDocument.ANNUAL_ACCOUNTS, LocalDate.of(2008, 6, 1), null))
                .expectEvents(new AssociationDocumentFiled(ID, null, 2007, AssociationDocument.ANNUAL_ACCOUNTS,
                        LocalDate.of(2008, 5, 10), LocalDate.of(2008, 6, 1), true));
    }

    @Test
    void aLateGeneralAssemblyLeavesTheSixMonthLimit() {
        LocalDate heldOn = LocalDate.of(2008, 6, 20);
        fixture.given(inForce()).when(new RecordGeneralAssembly(ID, 2007, heldOn, null))
                .expectEvents(new GeneralAssemblyHeld(ID, null, 2007, heldOn, LocalDate.of(2008, 6, 30)));
        fixture.given(inForce()).when(new RecordGeneralAssembly(ID, 2007, LocalDate.of(2007, 12, 15), null))
                .expectException(violation("general-assembly-before-close", "heldOn"));
    }

    @Test
    void aDeclarationCopySentLateWithholdsTheNextRenewal() {
        // art. 6: copies sent "sans délai" (read as within a month); art. 2 names the documents of articles 5 and 6
        LocalDate declared = LocalDate.of(2007, 9, 1);
        fixture.given(inForce()).when(new FileDeclarationCopy(ID, AssociationDeclaration.ARTICLE_3, declared,
                        LocalDate.of(2007, 9, 20), null))
                .expectEvents(new DeclarationCopyFiled(ID, null, AssociationDeclaration.ARTICLE_3, declared,
                        LocalDate.of(2007, 10, 1), LocalDate.of(2007, 9, 20), false));
        fixture.given(inForce(new DeclarationCopyFiled(ID, null, AssociationDeclaration.ARTICLE_3, declared,
                        LocalDate.of(2007, 10, 1), LocalDate.of(2007, 12, 1), true)))
                .when(new EvaluateDeadlines(ID, ANNIVERSARY_2008))
                .expectEvents(new ConventionRenewalWithheld(ID, null, ANNIVERSARY_2008,
                        List.of("copy of the ARTICLE_3 declaration of 2007-09-01")));
    }

    @Test
    void theAuditorsReportNeverWithholdsARenewal() {
        // art. 5: "dans les délais utiles", no fixed deadline
        List<Object> given = inForce(new ConventionTacitlyRenewed(ID, null, ANNIVERSARY_2008, 2),
                filed(2007, AssociationDocument.FINANCIAL_REPORT, LocalDate.of(2008, 5, 15)),
                filed(2007, AssociationDocument.ANNUAL_ACCOUNTS, LocalDate.of(2008, 5, 15)));
        fixture.given(given).when(new EvaluateDeadlines(ID, ANNIVERSARY_2009))
                .expectEvents(new ConventionTacitlyRenewed(ID, null, ANNIVERSARY_2009, 3));
    }

    @Test
    void refusesTheFinalEvaluationBeforeTheConventionIsInForce() {
        fixture.given(signed2007()).when(new FileFinalEvaluation(ID, LocalDate.of(2007, 2, 1), null))
                .expectException(violation("convention-not-in-force", null));
    }
}
