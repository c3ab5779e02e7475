package fr.ipe.convention.domain;

import static fr.ipe.convention.domain.ConventionTest.ASSOCIATION;
import static fr.ipe.convention.domain.ConventionTest.ID;
import static fr.ipe.convention.domain.ConventionTest.MINISTRY;
import static fr.ipe.convention.domain.ConventionTest.START;
import static fr.ipe.convention.domain.ConventionTest.drafted2007;
import static fr.ipe.convention.domain.ConventionTest.violation;

import fr.ipe.contracts.convention.ConventionDrafted;
import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.ConventionPartySigned;
import fr.ipe.contracts.convention.ConventionSigned;
import fr.ipe.contracts.convention.Party;
import fr.ipe.contracts.convention.PartyRole;
import fr.ipe.contracts.convention.AssociationDocument;
import fr.ipe.contracts.convention.AssociationDocumentFiled;
import fr.ipe.contracts.convention.AssociationDocumentOverdue;
import fr.ipe.contracts.convention.ConventionEnteredIntoForce;
import fr.ipe.contracts.convention.SubsidyPaid;
import fr.ipe.contracts.convention.SubsidyNotified;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The subsidy of the 2007 national convention: 1 800 000 € a year for four years, 7 200 000 € in all (art. 4, 7). */
class SubsidyTest {

    static final long YEARLY = 180_000_000L;
    static final LocalDate ON = LocalDate.of(2007, 4, 2);

    private FixtureConfiguration<Convention> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Convention.class);
    }

    static List<Object> signed2007(Object... then) {
        List<Object> events = new ArrayList<>(List.of(drafted2007(),
                new ConventionPartySigned(ID, null, PartyRole.MINISTRY, "DGESCO", START),
                new ConventionPartySigned(ID, null, PartyRole.ASSOCIATION, "Président", START),
                new ConventionSigned(ID, null, START)));
        events.addAll(List.of(then));
        return events;
    }

    @Test
    void notifiesAYearsSubsidy() {
        fixture.given(signed2007()).when(new NotifySubsidy(ID, 2007, YEARLY, ON, null))
                .expectEvents(new SubsidyNotified(ID, 2007, YEARLY, ON)).expectResultMessagePayload(4L);
    }

    @Test
    void refusesASubsidyBeforeTheConventionIsSigned() {
        fixture.given(drafted2007()).when(new NotifySubsidy(ID, 2007, YEARLY, ON, null))
                .expectException(violation("convention-not-signed", null));
    }

    @Test
    void refusesASubsidyOnAConventionOtherThanTheNationalOne() {
        fixture.given(new ConventionDrafted(ID, ConventionKind.PARTNERSHIP, "Partenariat", "Découverte", "lyon",
                        List.of(new Party(PartyRole.RECTORAT, "Rectorat", "lyon"), ASSOCIATION), START, 3,
                        START.plusYears(3).minusDays(1), 0, List.of(), java.time.MonthDay.of(12, 31), null, List.of(),
                        null))
                .when(new NotifySubsidy(ID, 2007, YEARLY, ON, null))
                .expectException(violation("subsidy-only-national", "conventionId"));
    }

    @Test
    void refusesAYearTheConventionDoesNotCover() {
        fixture.given(signed2007()).when(new NotifySubsidy(ID, 2011, YEARLY, ON, null))
                .expectException(violation("year-outside-convention", "year"));
    }

    @Test
    void refusesASecondNotificationForTheSameYear() {
        fixture.given(signed2007(new SubsidyNotified(ID, 2007, YEARLY, ON)))
                .when(new NotifySubsidy(ID, 2007, 1_000L, ON, null))
                .expectException(violation("subsidy-already-notified", null));
    }

    @Test
    void notifiesUpToTheCeilingAndNotACentMore() {
        fixture.given(signed2007(new SubsidyNotified(ID, 2007, YEARLY, ON), new SubsidyNotified(ID, 2008, YEARLY, ON),
                        new SubsidyNotified(ID, 2009, YEARLY, ON)))
                .when(new NotifySubsidy(ID, 2010, YEARLY, ON, null))
                .expectEvents(new SubsidyNotified(ID, 2010, YEARLY, ON));
        fixture.given(signed2007(new SubsidyNotified(ID, 2007, YEARLY, ON), new SubsidyNotified(ID, 2008, YEARLY, ON),
                        new SubsidyNotified(ID, 2009, YEARLY, ON)))
                .when(new NotifySubsidy(ID, 2010, YEARLY + 1, ON, null))
                .expectException(violation("subsidy-ceiling-exceeded", "amountCents"));
    }

    @Test
    void refusesAnAmountThatIsNotPositive() {
        fixture.given(signed2007()).when(new NotifySubsidy(ID, 2007, 0, ON, null))
                .expectException(violation("amount-not-positive", "amountCents"));
    }

    @Test
    void paysANotifiedYearInASinglePayment() {
        fixture.given(signed2007(new SubsidyNotified(ID, 2007, YEARLY, ON)))
                .when(new PaySubsidy(ID, 2007, YEARLY, ON, null))
                .expectEvents(new SubsidyPaid(ID, 2007, YEARLY, ON));
    }

    @Test
    void refusesToPayAYearThatWasNotNotified() {
        fixture.given(signed2007()).when(new PaySubsidy(ID, 2007, YEARLY, ON, null))
                .expectException(violation("subsidy-not-notified", null));
    }

    @Test
    void refusesAPartialPayment() {
        // art. 4: "versements effectués annuellement en une seule fois"
        fixture.given(signed2007(new SubsidyNotified(ID, 2007, YEARLY, ON)))
                .when(new PaySubsidy(ID, 2007, YEARLY / 2, ON, null))
                .expectException(violation("payment-not-whole-year", "amountCents"));
    }

    @Test
    void paysTheNotifiedAmountLessItsReductions() {
        List<Object> reduced = signed2007(new SubsidyNotified(ID, 2007, YEARLY, ON),
                new SubsidyReduced(ID, 2007, 10_000_000L, ON, "retard"));
        fixture.given(reduced).when(new PaySubsidy(ID, 2007, YEARLY, ON, null))
                .expectException(violation("payment-not-whole-year", "amountCents"));
        fixture.given(reduced).when(new PaySubsidy(ID, 2007, YEARLY - 10_000_000L, ON, null))
                .expectEvents(new SubsidyPaid(ID, 2007, YEARLY - 10_000_000L, ON));
    }

    @Test
    void refusesASecondPaymentOfTheSameYear() {
        fixture.given(signed2007(new SubsidyNotified(ID, 2007, YEARLY, ON), new SubsidyPaid(ID, 2007, YEARLY, ON),
                        new SubsidyReclaimed(ID, 2007, YEARLY, ON, "reversement")))
                .when(new PaySubsidy(ID, 2007, YEARLY, ON, null))
                .expectException(violation("subsidy-already-paid", null));
    }

    /** The 2007 accounts were due on 30 June 2008 (six months after the close); the 2008 notification came before. */
    static List<Object> accounts2007Overdue(Object... then) {
        List<Object> events = signed2007(new ConventionEnteredIntoForce(ID, null, START),
                new SubsidyNotified(ID, 2008, YEARLY, LocalDate.of(2008, 4, 2)),
                new AssociationDocumentOverdue(ID, null, 2007, AssociationDocument.ANNUAL_ACCOUNTS,
                        LocalDate.of(2008, 6, 30)));
        events.addAll(List.of(then));
        return events;
    }

    @Test
    void refusesToPayWhileAnArticle5DocumentIsOverdue() {
        // art. 4: paid "sous réserve du respect par l'association des obligations mentionnées à l'article 5"
        fixture.given(accounts2007Overdue())
                .when(new PaySubsidy(ID, 2008, YEARLY, LocalDate.of(2008, 7, 15), null))
                .expectException(violation("article-5-documents-overdue", null));
    }

    @Test
    void paysOnceTheOverdueDocumentIsFiled() {
        fixture.given(accounts2007Overdue(
                        new AssociationDocumentFiled(ID, null, 2007, AssociationDocument.FINANCIAL_REPORT,
                                LocalDate.of(2008, 6, 30), LocalDate.of(2008, 6, 20), false),
                        new AssociationDocumentFiled(ID, null, 2007, AssociationDocument.ANNUAL_ACCOUNTS,
                                LocalDate.of(2008, 6, 30), LocalDate.of(2008, 7, 10), true)))
                .when(new PaySubsidy(ID, 2008, YEARLY, LocalDate.of(2008, 7, 15), null))
                .expectEvents(new SubsidyPaid(ID, 2008, YEARLY, LocalDate.of(2008, 7, 15)));
    }

    @Test
    void theAuditorsReportHasNoDeadlineAndDoesNotHoldUpThePayment() {
        // art. 5: forwarded "dans les délais utiles"; accounts and report of 2007 filed, the auditor's report not yet
        fixture.given(signed2007(new ConventionEnteredIntoForce(ID, null, START),
                        new SubsidyNotified(ID, 2008, YEARLY, LocalDate.of(2008, 4, 2)),
                        new AssociationDocumentFiled(ID, null, 2007, AssociationDocument.ANNUAL_ACCOUNTS,
                                LocalDate.of(2008, 6, 30), LocalDate.of(2008, 5, 20), false),
                        new AssociationDocumentFiled(ID, null, 2007, AssociationDocument.FINANCIAL_REPORT,
                                LocalDate.of(2008, 6, 30), LocalDate.of(2008, 5, 20), false)))
                .when(new PaySubsidy(ID, 2008, YEARLY, LocalDate.of(2008, 9, 1), null))
                .expectEvents(new SubsidyPaid(ID, 2008, YEARLY, LocalDate.of(2008, 9, 1)));
    }

    @Test
    void refusesANotificationThatWouldOverflowTheNotifiedTotal() {
        fixture.given(signed2007(new SubsidyNotified(ID, 2007, YEARLY, ON)))
                .when(new NotifySubsidy(ID, 2008, Long.MAX_VALUE, ON, null))
                .expectException(violation("subsidy-ceiling-exceeded", "amountCents"));
    }

    @Test
    void suspendsPaymentsAndRefusesToPayWhileSuspended() {
        fixture.given(signed2007(new SubsidyNotified(ID, 2007, YEARLY, ON)))
                .when(new SuspendSubsidy(ID, 2007, ON, "inexécution", null))
                .expectEvents(new SubsidySuspended(ID, 2007, ON, "inexécution"));
        fixture.given(signed2007(new SubsidyNotified(ID, 2007, YEARLY, ON), new SubsidySuspended(ID, 2007, ON, "x")))
                .when(new PaySubsidy(ID, 2007, 1_000L, ON, null))
                .expectException(violation("subsidy-suspended", null));
    }

    @Test
    void refusesToSuspendTwice() {
        fixture.given(signed2007(new SubsidyNotified(ID, 2007, YEARLY, ON), new SubsidySuspended(ID, 2007, ON, "x")))
                .when(new SuspendSubsidy(ID, 2007, ON, "again", null))
                .expectException(violation("subsidy-already-suspended", null));
    }

    @Test
    void resumesASuspendedYearOnly() {
        fixture.given(signed2007(new SubsidyNotified(ID, 2007, YEARLY, ON), new SubsidySuspended(ID, 2007, ON, "x")))
                .when(new ResumeSubsidy(ID, 2007, ON, null))
                .expectEvents(new SubsidyResumed(ID, 2007, ON));
        fixture.given(signed2007(new SubsidyNotified(ID, 2007, YEARLY, ON)))
                .when(new ResumeSubsidy(ID, 2007, ON, null))
                .expectException(violation("subsidy-not-suspended", null));
    }

    @Test
    void reducesTheUnpaidYearOnly() {
        fixture.given(signed2007(new SubsidyNotified(ID, 2007, YEARLY, ON)))
                .when(new ReduceSubsidy(ID, 2007, 80_000_000L, ON, "retard important", null))
                .expectEvents(new SubsidyReduced(ID, 2007, 80_000_000L, ON, "retard important"));
        fixture.given(signed2007(new SubsidyNotified(ID, 2007, YEARLY, ON), new SubsidyPaid(ID, 2007, YEARLY, ON)))
                .when(new ReduceSubsidy(ID, 2007, 1L, ON, "trop tard", null))
                .expectException(violation("reduction-exceeds-unpaid", "amountCents"));
    }

    @Test
    void claimsBackWhatWasPaidAndNoMore() {
        fixture.given(signed2007(new SubsidyNotified(ID, 2007, YEARLY, ON), new SubsidyPaid(ID, 2007, YEARLY, ON)))
                .when(new ReclaimSubsidy(ID, 2007, 50_000_000L, ON, "changement non approuvé", null))
                .expectEvents(new SubsidyReclaimed(ID, 2007, 50_000_000L, ON, "changement non approuvé"));
        fixture.given(signed2007(new SubsidyNotified(ID, 2007, YEARLY, ON), new SubsidyPaid(ID, 2007, YEARLY, ON),
                        new SubsidyReclaimed(ID, 2007, 50_000_000L, ON, "x")))
                .when(new ReclaimSubsidy(ID, 2007, 130_000_001L, ON, "trop", null))
                .expectException(violation("reclaim-exceeds-paid", "amountCents"));
    }

    @Test
    void aReductionFreesRoomUnderTheCeiling() {
        fixture.given(signed2007(new SubsidyNotified(ID, 2007, YEARLY, ON), new SubsidyNotified(ID, 2008, YEARLY, ON),
                        new SubsidyNotified(ID, 2009, YEARLY, ON), new SubsidyReduced(ID, 2009, 10_000_000L, ON, "x")))
                .when(new NotifySubsidy(ID, 2010, YEARLY + 10_000_000L, ON, null))
                .expectEvents(new SubsidyNotified(ID, 2010, YEARLY + 10_000_000L, ON));
    }
}
