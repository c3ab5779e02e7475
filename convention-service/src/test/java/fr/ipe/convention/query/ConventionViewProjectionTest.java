package fr.ipe.convention.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ipe.contracts.convention.AssociationDocument;
import fr.ipe.contracts.convention.AvenantApplied;
import fr.ipe.contracts.convention.AvenantPartySigned;
import fr.ipe.contracts.convention.AvenantProposed;
import fr.ipe.contracts.convention.ConventionDrafted;
import fr.ipe.contracts.convention.ConventionEnteredIntoForce;
import fr.ipe.contracts.convention.ConventionEvent;
import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.ConventionPartySigned;
import fr.ipe.contracts.convention.ConventionRenewed;
import fr.ipe.contracts.convention.ConventionSigned;
import fr.ipe.contracts.convention.ConventionStatus;
import fr.ipe.contracts.convention.ConventionTerms;
import fr.ipe.contracts.convention.GeneralAssemblyHeld;
import fr.ipe.contracts.convention.Party;
import fr.ipe.contracts.convention.PartyRole;
import fr.ipe.contracts.convention.SubsidyNotified;
import fr.ipe.contracts.convention.SubsidyPaid;
import fr.ipe.contracts.convention.TerminationNotified;
import fr.ipe.contracts.convention.TerminationWithdrawn;
import fr.ipe.convention.domain.AssociationDuties;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The convention view, evolved event by event as the projection does, without a database. */
class ConventionViewProjectionTest {

    static final String ID = "conv-2007";
    static final LocalDate START = LocalDate.of(2007, 3, 1);

    static ConventionView replay(ConventionEvent... events) {
        ConventionView view = null;
        for (int i = 0; i < events.length; i++) {
            view = ConventionViewProjection.evolve(view, events[i], i);
        }
        return view;
    }

    static ConventionDrafted drafted() {
        return new ConventionDrafted(ID, ConventionKind.NATIONAL_MULTI_YEAR, "Convention 2007-2011", "Annexe 1", null,
                List.of(new Party(PartyRole.MINISTRY, "DGESCO", null),
                        new Party(PartyRole.ASSOCIATION, "Ingénieurs pour l'école", "42843689300013")),
                START, 4, LocalDate.of(2011, 2, 28), 720_000_000L, Collections.nCopies(4, 180_000_000L),
                MonthDay.of(12, 31), null, List.of(), null);
    }

    @Test
    void aDraftHasItsTermsItsDutiesAndItsCeiling() {
        ConventionView view = replay(drafted());
        assertThat(view.status()).isEqualTo(ConventionStatus.DRAFTED);
        assertThat(view.version()).isZero();
        assertThat(view.subsidy().ceilingCents()).isEqualTo(720_000_000L);
        assertThat(view.duties().documents()).hasSize(12);
        assertThat(view.duties().finalEvaluation().dueOn()).isEqualTo(LocalDate.of(2010, 6, 30));
    }

    @Test
    void signaturesThenEntryIntoForceThenTheSubsidy() {
        ConventionView view = replay(drafted(),
                new ConventionPartySigned(ID, null, PartyRole.MINISTRY, "DGESCO", START),
                new ConventionPartySigned(ID, null, PartyRole.ASSOCIATION, "Président", START),
                new ConventionSigned(ID, null, START),
                new ConventionEnteredIntoForce(ID, null, START),
                new SubsidyNotified(ID, 2007, 180_000_000L, LocalDate.of(2007, 4, 2)),
                new SubsidyPaid(ID, 2007, 180_000_000L, LocalDate.of(2007, 7, 15)));
        assertThat(view.signatures()).hasSize(2);
        assertThat(view.signedOn()).isEqualTo(START);
        assertThat(view.inForceSince()).isEqualTo(START);
        assertThat(view.status()).isEqualTo(ConventionStatus.IN_FORCE);
        assertThat(view.subsidy().paidCents()).isEqualTo(180_000_000L);
        assertThat(view.version()).isEqualTo(6);
    }

    @Test
    void anAvenantAddingAFifthYearMovesTheDutiesTheEvaluationAndTheCeiling() {
        LocalDate on = LocalDate.of(2010, 2, 1);
        ConventionTerms fiveYears = new ConventionTerms(START, LocalDate.of(2012, 2, 29), 900_000_000L,
                Collections.nCopies(5, 180_000_000L), null, List.of());
        ConventionView view = replay(drafted(),
                new ConventionSigned(ID, null, START),
                new AvenantProposed(ID, null, "av-1", 1, on, "Cinquième année", fiveYears.endDate(), 900_000_000L,
                        fiveYears.yearlySubsidyCents(), null, null),
                new AvenantPartySigned(ID, null, "av-1", PartyRole.MINISTRY, "DGESCO", on),
                new AvenantApplied(ID, null, "av-1", 1, on, fiveYears));
        assertThat(view.terms()).isEqualTo(fiveYears);
        assertThat(view.versions()).extracting(ConventionView.TermsVersion::source).containsExactly("original", "avenant 1");
        assertThat(view.subsidy().ceilingCents()).isEqualTo(900_000_000L);
        assertThat(view.duties().document(2011, AssociationDocument.ANNUAL_ACCOUNTS)).isPresent();
        assertThat(view.duties().finalEvaluation().dueOn()).isEqualTo(LocalDate.of(2011, 6, 30));
        assertThat(view.avenant("av-1").orElseThrow().applied()).isTrue();
    }

    @Test
    void theGeneralAssemblyMovesTheDueDateAndTheNoticeIsKeptWithItsBreach() {
        ConventionView view = replay(drafted(), new ConventionSigned(ID, null, START),
                new GeneralAssemblyHeld(ID, null, 2007, LocalDate.of(2008, 4, 10), LocalDate.of(2008, 5, 10)),
                new TerminationNotified(ID, null, PartyRole.MINISTRY, LocalDate.of(2008, 6, 1),
                        LocalDate.of(2008, 9, 1), 5, "comptes"),
                new TerminationWithdrawn(ID, null, PartyRole.MINISTRY, LocalDate.of(2008, 6, 10)),
                new ConventionRenewed(ID, null, LocalDate.of(2010, 12, 1), "conv-2011", LocalDate.of(2011, 3, 1)));
        AssociationDuties.DocumentDuty accounts = view.duties().document(2007, AssociationDocument.ANNUAL_ACCOUNTS)
                .orElseThrow();
        assertThat(accounts.dueOn()).isEqualTo(LocalDate.of(2008, 5, 10));
        assertThat(view.termination().breachedArticle()).isEqualTo(5);
        assertThat(view.termination().withdrawnOn()).isEqualTo(LocalDate.of(2008, 6, 10));
        assertThat(view.renewedBy()).isEqualTo("conv-2011");
    }

    @Test
    void anEventBeforeTheDraftIsAnError() {
        assertThatThrownBy(() -> ConventionViewProjection.evolve(null, new ConventionSigned(ID, null, START), 0))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no view");
    }
}
