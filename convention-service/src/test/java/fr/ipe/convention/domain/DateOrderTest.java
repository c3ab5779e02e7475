package fr.ipe.convention.domain;

import static fr.ipe.convention.domain.ConventionTest.ID;
import static fr.ipe.convention.domain.ConventionTest.START;
import static fr.ipe.convention.domain.ConventionTest.violation;
import static fr.ipe.convention.domain.LifecycleTest.inForce;
import static fr.ipe.convention.domain.SubsidyTest.YEARLY;
import static fr.ipe.convention.domain.SubsidyTest.signed2007;

import fr.ipe.contracts.convention.Annex;
import fr.ipe.contracts.convention.AssociationDocument;
import fr.ipe.contracts.convention.AvenantProposed;
import fr.ipe.contracts.convention.FinalEvaluationFiled;
import fr.ipe.contracts.convention.PartyRole;
import fr.ipe.contracts.convention.SubsidyNotified;
import fr.ipe.contracts.convention.SubsidyPaid;
import fr.ipe.contracts.convention.SubsidySuspended;
import fr.ipe.contracts.convention.TerminationNotified;
import fr.ipe.convention.domain.LifecycleCommands.FileAssociationDocument;
import fr.ipe.convention.domain.LifecycleCommands.FileFinalEvaluation;
import fr.ipe.convention.domain.LifecycleCommands.NotifyTermination;
import fr.ipe.convention.domain.LifecycleCommands.ProposeAvenant;
import fr.ipe.convention.domain.LifecycleCommands.RenewConvention;
import fr.ipe.convention.domain.LifecycleCommands.SignAvenant;
import fr.ipe.convention.domain.LifecycleCommands.WithdrawTermination;
import fr.ipe.convention.domain.SubsidyCommands.NotifySubsidy;
import fr.ipe.convention.domain.SubsidyCommands.PaySubsidy;
import fr.ipe.convention.domain.SubsidyCommands.ReclaimSubsidy;
import fr.ipe.convention.domain.SubsidyCommands.ReduceSubsidy;
import fr.ipe.convention.domain.SubsidyCommands.ResumeSubsidy;
import fr.ipe.convention.domain.SubsidyCommands.SuspendSubsidy;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each step of the convention is dated on or after the one it follows (the kind of issue 19, item 8): a notice after
 * the signature, its withdrawal after the notice, an avenant after the signature and its signatures after it, a
 * renewal after the final evaluation, a year's payment, suspension and reduction after its notification, a
 * resumption after the suspension, a reclaim after the payment, the documents of a fiscal year after its close, the
 * final evaluation after the entry into force. Each refusal is a 422 naming the field and the rule.
 */
class DateOrderTest {

    static final LocalDate BEFORE = START.minusDays(1);

    private FixtureConfiguration<Convention> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Convention.class);
    }

    @Test
    void aNoticeFollowsTheSignatureAndItsWithdrawalTheNotice() {
        fixture.given(inForce()).when(new NotifyTermination(ID, PartyRole.MINISTRY, BEFORE, 5, "manquement", null))
                .expectException(violation("notice-before-signature", "noticeOn"));
        LocalDate notice = LocalDate.of(2008, 1, 10);
        fixture.given(inForce(new TerminationNotified(ID, null, PartyRole.MINISTRY, notice, notice.plusMonths(3), 5,
                        "manquement")))
                .when(new WithdrawTermination(ID, PartyRole.MINISTRY, notice.minusDays(1), null))
                .expectException(violation("withdrawal-before-notice", "withdrawnOn"));
    }

    @Test
    void anAvenantFollowsTheSignatureAndItsSignaturesTheProposal() {
        fixture.given(inForce()).when(new ProposeAvenant(ID, "av-1", BEFORE, "Annexe 3 revue", null, null, null, null,
                        null, List.of(new Annex(3, "Évaluation revue", null)), null))
                .expectException(violation("avenant-before-signature", "proposedOn"));
        LocalDate proposed = LocalDate.of(2008, 1, 10);
        fixture.given(inForce(new AvenantProposed(ID, null, "av-1", 1, proposed, "Annexe 3 revue", null, null, null,
                        null, List.of(new Annex(3, "Évaluation revue", null)))))
                .when(new SignAvenant(ID, "av-1", PartyRole.MINISTRY, "DGESCO", proposed.minusDays(1), null))
                .expectException(violation("avenant-signature-before-proposal", "signedOn"));
    }

    @Test
    void aRenewalFollowsTheFinalEvaluation() {
        LocalDate evaluated = LocalDate.of(2010, 6, 1);
        fixture.given(inForce(new FinalEvaluationFiled(ID, null, LocalDate.of(2010, 6, 30), evaluated, false)))
                .when(new RenewConvention(ID, "conv-2011", evaluated.minusDays(1), LocalDate.of(2011, 3, 1), null))
                .expectException(violation("renewal-before-evaluation", "renewedOn"));
    }

    @Test
    void aYearsSubsidyStepsFollowItsNotificationItsPaymentAndItsSuspension() {
        LocalDate notified = LocalDate.of(2007, 4, 2);
        LocalDate paid = LocalDate.of(2007, 5, 2);
        LocalDate suspended = LocalDate.of(2007, 4, 20);
        fixture.given(signed2007()).when(new NotifySubsidy(ID, 2007, YEARLY, BEFORE, null))
                .expectException(violation("notification-before-signature", "notifiedOn"));
        List<Object> notifiedYear = signed2007(new SubsidyNotified(ID, 2007, YEARLY, notified));
        fixture.given(notifiedYear).when(new PaySubsidy(ID, 2007, YEARLY, notified.minusDays(1), null))
                .expectException(violation("payment-before-notification", "paidOn"));
        fixture.given(notifiedYear).when(new SuspendSubsidy(ID, 2007, notified.minusDays(1), "retard", null))
                .expectException(violation("suspension-before-notification", "suspendedOn"));
        fixture.given(notifiedYear).when(new ReduceSubsidy(ID, 2007, 1_000L, notified.minusDays(1), "retard", null))
                .expectException(violation("reduction-before-notification", "reducedOn"));
        fixture.given(signed2007(new SubsidyNotified(ID, 2007, YEARLY, notified),
                        new SubsidySuspended(ID, 2007, suspended, "retard")))
                .when(new ResumeSubsidy(ID, 2007, suspended.minusDays(1), null))
                .expectException(violation("resumption-before-suspension", "resumedOn"));
        fixture.given(signed2007(new SubsidyNotified(ID, 2007, YEARLY, notified),
                        new SubsidyPaid(ID, 2007, YEARLY, paid)))
                .when(new ReclaimSubsidy(ID, 2007, 1_000L, paid.minusDays(1), "non-exécution", null))
                .expectException(violation("reclaim-before-payment", "reclaimedOn"));
    }

    @Test
    void aFiscalYearsDocumentsFollowItsCloseAndTheEvaluationTheEntryIntoForce() {
        fixture.given(inForce()).when(new FileAssociationDocument(ID, 2007, AssociationDocument.FINANCIAL_REPORT,
                        LocalDate.of(2007, 12, 31), null))
                .expectException(violation("document-before-close", "filedOn"));
        fixture.given(inForce()).when(new FileFinalEvaluation(ID, BEFORE, null))
                .expectException(violation("evaluation-before-entry-into-force", "filedOn"));
    }
}
