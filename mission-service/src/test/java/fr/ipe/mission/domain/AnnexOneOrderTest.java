package fr.ipe.mission.domain;

import static fr.ipe.mission.domain.MissionNeedTest.field;
import static fr.ipe.mission.domain.MissionNeedTest.rule;

import fr.ipe.contracts.mission.CandidaturePreselected;
import fr.ipe.contracts.mission.CandidatureSelected;
import fr.ipe.contracts.mission.CandidatureSubmitted;
import fr.ipe.contracts.mission.DelegationSigned;
import fr.ipe.contracts.mission.IpeRegistered;
import fr.ipe.contracts.mission.MissionLetterIssued;
import fr.ipe.contracts.mission.MissionSpecified;
import fr.ipe.contracts.mission.NeedPosted;
import fr.ipe.contracts.mission.ReimbursementCommitted;
import fr.ipe.mission.domain.IdentityEvents.IpeIdentityErased;
import fr.ipe.mission.domain.MissionCommands.CertifyMission;
import fr.ipe.mission.domain.MissionCommands.IssueMissionLetter;
import fr.ipe.mission.domain.MissionCommands.SignDelegation;
import fr.ipe.mission.domain.MissionCommands.Specified;
import fr.ipe.mission.domain.MissionRecords.DelegationTermJustified;
import fr.ipe.mission.domain.NeedCommands.PreselectCandidature;
import fr.ipe.mission.domain.NeedCommands.RejectCandidature;
import fr.ipe.mission.domain.NeedCommands.SelectCandidature;
import fr.ipe.mission.domain.NeedCommands.SpecifyMission;
import fr.ipe.mission.domain.NeedCommands.SubmitCandidature;
import fr.ipe.mission.domain.ReferenceCommands.EraseIpeIdentity;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/**
 * Annex 1's order of things, step by step, on the aggregates: each step is dated on or after the one it follows, a
 * delegation's term agrees with its specification (or says why not), a letter directs a year not yet over, a
 * certification is not dated after today; and nothing is done for an erased IPE, which cannot be erased while
 * selected for a mission to come.
 */
class AnnexOneOrderTest {

    static final String SIRET = "55208131766522";
    static final LocalDate POSTED = LocalDate.of(2024, 3, 4);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    final AggregateTestFixture<MissionNeed> need = new AggregateTestFixture<>(MissionNeed.class);
    final AggregateTestFixture<Mission> mission = new AggregateTestFixture<>(Mission.class);
    final AggregateTestFixture<Ipe> ipe = new AggregateTestFixture<>(Ipe.class);

    static NeedPosted posted() {
        return new NeedPosted("n-1", "lyon", "Titre", "Profil", List.of("stages-tutorat"), null, null, "Interface",
                POSTED);
    }

    static CandidatureSubmitted submitted(LocalDate on) {
        return new CandidatureSubmitted("n-1", "c-1", "i-1", SIRET, "lyon", on);
    }

    static CandidaturePreselected preselected(LocalDate on) {
        return new CandidaturePreselected("n-1", "c-1", "lyon", on);
    }

    static CandidatureSelected selected(LocalDate on) {
        return new CandidatureSelected("n-1", "c-1", "i-1", "lyon", on);
    }

    static SpecifyMission specification(LocalDate on) {
        return new SpecifyMission("n-1", "Objectifs", "Calendrier", "Moyens", 12, on, null);
    }

    @Test
    void aCandidatureDated1990OnANeedPostedIn2024IsRefused() {
        need.given(posted())
                .when(new SubmitCandidature("n-1", "c-1", "i-1", SIRET, false, LocalDate.of(1990, 1, 1), null))
                .expectException(rule("candidature-before-need")).expectException(field("submittedOn"));
        need.given(posted())
                .when(new SubmitCandidature("n-1", "c-1", "i-1", SIRET, false, POSTED, null))
                .expectEvents(submitted(POSTED));
    }

    @Test
    void aPreselectionFollowsTheSubmissionAndASelectionThePreselection() {
        need.given(posted(), submitted(LocalDate.of(2024, 4, 1)))
                .when(new PreselectCandidature("n-1", "c-1", false, LocalDate.of(2024, 3, 31), null))
                .expectException(rule("preselection-before-candidature")).expectException(field("on"));
        need.given(posted(), submitted(LocalDate.of(2024, 4, 1)), preselected(LocalDate.of(2024, 4, 15)))
                .when(new SelectCandidature("n-1", "c-1", false, LocalDate.of(2024, 4, 10), null))
                .expectException(rule("selection-before-preselection")).expectException(field("on"));
        need.given(posted(), submitted(LocalDate.of(2024, 4, 1)), preselected(LocalDate.of(2024, 4, 15)))
                .when(new RejectCandidature("n-1", "c-1", "Profil", LocalDate.of(2024, 4, 14), null))
                .expectException(rule("rejection-before-preselection")).expectException(field("on"));
        need.given(posted(), submitted(LocalDate.of(2024, 4, 1)), preselected(LocalDate.of(2024, 4, 15)))
                .when(new SelectCandidature("n-1", "c-1", false, LocalDate.of(2024, 4, 15), null))
                .expectEvents(selected(LocalDate.of(2024, 4, 15)));
    }

    @Test
    void theSpecificationFollowsTheSelectionAndTheOneItRewrites() {
        need.given(posted(), submitted(POSTED), preselected(POSTED))
                .when(specification(LocalDate.of(2024, 5, 2)))
                .expectException(rule("no-selected-ipe"));
        need.given(posted(), submitted(POSTED), preselected(POSTED), selected(LocalDate.of(2024, 5, 2)))
                .when(specification(LocalDate.of(1960, 1, 1)))
                .expectException(rule("specification-before-selection")).expectException(field("specifiedOn"));
        MissionSpecified first = new MissionSpecified("n-1", "lyon", "Objectifs", "Calendrier", "Moyens", 12,
                LocalDate.of(2024, 6, 3));
        need.given(posted(), submitted(POSTED), preselected(POSTED), selected(LocalDate.of(2024, 5, 2)), first)
                .when(specification(LocalDate.of(2024, 5, 20)))
                .expectException(rule("specification-before-previous-specification"));
    }

    static SignDelegation delegation(LocalDate signedOn, LocalDate start, LocalDate end, String termReason) {
        return new SignDelegation("m-1", "n-1", "lyon", "i-1", false, SIRET, new Specified(12, LocalDate.of(2024, 6, 3)),
                null, start, end, termReason, signedOn, 3_300_000L, 420_000L, 50, List.of());
    }

    @Test
    void aDelegationSignedIn1950RunningFrom2000To2035ForTwelveSpecifiedMonthsIsRefused() {
        mission.givenNoPriorActivity()
                .when(delegation(LocalDate.of(1950, 1, 1), LocalDate.of(2000, 1, 1), LocalDate.of(2035, 12, 31), null))
                .expectException(rule("delegation-before-specification")).expectException(field("signedOn"));
        mission.givenNoPriorActivity()
                .when(delegation(LocalDate.of(2024, 7, 1), LocalDate.of(2000, 1, 1), LocalDate.of(2035, 12, 31), null))
                .expectException(rule("term-disagrees-with-specification")).expectException(field("endDate"));
        mission.givenNoPriorActivity()
                .when(delegation(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31), null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anotherTermThanTheSpecificationsIsSignedWithItsReasonWhichTheMissionKeeps() {
        LocalDate start = LocalDate.of(2024, 9, 1);
        LocalDate end = LocalDate.of(2025, 6, 30);
        mission.givenNoPriorActivity()
                .when(delegation(LocalDate.of(2024, 7, 1), start, end, " Fin d'année scolaire avancée "))
                .expectEvents(new DelegationSigned("m-1", "n-1", "i-1", SIRET, "lyon", null, start, end,
                                LocalDate.of(2024, 7, 1)),
                        new DelegationTermJustified("m-1", 12, LocalDate.of(2025, 8, 31),
                                "Fin d'année scolaire avancée"),
                        new ReimbursementCommitted("m-1", "i-1", SIRET, "lyon", 3_300_000L, 420_000L, 50, 1_860_000L,
                                1_550_000L, start, end, LocalDate.of(2024, 7, 1)));
    }

    static DelegationSigned signed2000() {
        return new DelegationSigned("m-1", "n-1", "i-1", SIRET, "lyon", null, LocalDate.of(2000, 9, 1),
                LocalDate.of(2001, 8, 31), LocalDate.of(2000, 7, 1));
    }

    static IssueMissionLetter letter(String year, String axis, LocalDate on) {
        return new IssueMissionLetter("m-1", year, List.of(axis), "Objectifs", on, null);
    }

    @Test
    void aLetterOf2000To2001IssuedIn2030WithThe2023AxesIsRefused() {
        mission.given(signed2000())
                .when(letter("2000-2001", "apprentissage", LocalDate.of(2030, 1, 15)))
                .expectException(rule("letter-after-school-year")).expectException(field("issuedOn"));
        mission.given(signed2000())
                .when(letter("2000-2001", "stages-tutorat", LocalDate.of(2000, 6, 1)))
                .expectException(rule("letter-before-delegation"));
        mission.given(signed2000(), new MissionLetterIssued("m-1", "lyon", "2000-2001", 1, List.of("stages-tutorat"),
                        "Objectifs", LocalDate.of(2000, 9, 4)))
                .when(letter("2000-2001", "stages-tutorat", LocalDate.of(2000, 9, 1)))
                .expectException(rule("letter-before-previous-letter"));
    }

    @Test
    void aCertificationComesOnceTheYearIsOverAndNotAfterTodaysBusinessDate() {
        DelegationSigned signed = new DelegationSigned("m-1", "n-1", "i-1", SIRET, "lyon", null,
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31), LocalDate.of(2026, 7, 1));
        MissionLetterIssued letter = new MissionLetterIssued("m-1", "lyon", "2026-2027", 1, List.of("apprentissage"),
                "Objectifs", LocalDate.of(2026, 9, 2));
        mission.given(signed, letter)
                .when(new CertifyMission("m-1", "2026-2027", LocalDate.of(2027, 9, 15), TODAY, null))
                .expectException(rule("certified-in-the-future")).expectException(field("certifiedOn"));
        mission.given(signed, letter)
                .when(new CertifyMission("m-1", "2026-2027", LocalDate.of(2027, 9, 15), LocalDate.of(2027, 9, 15),
                        null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anErasedIpeIsNoLongerRecruitedNorDelegated() {
        need.given(posted())
                .when(new SubmitCandidature("n-1", "c-1", "i-1", SIRET, true, POSTED, null))
                .expectException(rule("ipe-erased"));
        need.given(posted(), submitted(POSTED), preselected(POSTED))
                .when(new SelectCandidature("n-1", "c-1", true, POSTED, null))
                .expectException(rule("ipe-erased"));
        mission.givenNoPriorActivity()
                .when(new SignDelegation("m-1", "n-1", "lyon", "i-1", true, SIRET,
                        new Specified(12, LocalDate.of(2024, 6, 3)), null, LocalDate.of(2024, 9, 1),
                        LocalDate.of(2025, 8, 31), null, LocalDate.of(2024, 7, 1), 3_300_000L, 420_000L, 50,
                        List.of()))
                .expectException(rule("ipe-erased"));
    }

    @Test
    void anIpeSelectedForAMissionToComeIsNotErased() {
        ipe.given(new IpeRegistered("i-1", SIRET, POSTED))
                .when(new EraseIpeIdentity("i-1", TODAY, null, false, true, null))
                .expectException(rule("selection-in-progress"));
        ipe.given(new IpeRegistered("i-1", SIRET, POSTED))
                .when(new EraseIpeIdentity("i-1", TODAY, null, false, false, null))
                .expectEvents(new IpeIdentityErased("i-1", TODAY));
    }
}
