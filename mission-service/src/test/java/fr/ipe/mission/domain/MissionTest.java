package fr.ipe.mission.domain;

import fr.ipe.contracts.mission.DelegationSigned;
import fr.ipe.contracts.mission.MissionCertified;
import fr.ipe.contracts.mission.MissionEnded;
import fr.ipe.contracts.mission.MissionLetterIssued;
import fr.ipe.contracts.mission.ReimbursementCommitted;
import fr.ipe.mission.domain.MissionCommands.ActivePeriod;
import fr.ipe.mission.domain.MissionCommands.CertifyMission;
import fr.ipe.mission.domain.MissionCommands.EndMission;
import fr.ipe.mission.domain.MissionCommands.IssueMissionLetter;
import fr.ipe.mission.domain.MissionCommands.SignDelegation;
import fr.ipe.platform.domain.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MissionTest {

    static final String MISSION = "m-1";
    static final String SIRET = "55208131766522";
    static final LocalDate START = LocalDate.of(2007, 9, 1);
    static final LocalDate END = LocalDate.of(2010, 8, 31);

    AggregateTestFixture<Mission> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Mission.class);
    }

    static SignDelegation delegation(String ipeId, boolean specified, LocalDate end, int share,
                                     List<ActivePeriod> others) {
        return new SignDelegation(MISSION, "n-1", "lyon", ipeId, SIRET, specified, null, START, end,
                LocalDate.of(2007, 7, 12), 3_300_000L, 420_000L, share, others);
    }

    static DelegationSigned signed() {
        return new DelegationSigned(MISSION, "n-1", "i-1", SIRET, "lyon", null, START, END, LocalDate.of(2007, 7, 12));
    }

    static ReimbursementCommitted committed() {
        return new ReimbursementCommitted(MISSION, "i-1", SIRET, "lyon", 3_300_000L, 420_000L, 50, 1_860_000L,
                5_580_000L, START, END, LocalDate.of(2007, 7, 12));
    }

    static MissionLetterIssued letter(String year, int revision) {
        return new MissionLetterIssued(MISSION, "lyon", year, revision, List.of("stages-tutorat"), "Stages",
                LocalDate.of(2007, 9, 3));
    }

    @Test
    void aDelegationStartsTheMissionAndCommitsTheReimbursementProRata() {
        // 50 % of 33 000 € + 4 200 € = 18 600 € a year; three whole years
        fixture.givenNoPriorActivity()
                .when(delegation("i-1", true, END, 50, List.of()))
                .expectEvents(signed(), committed());
    }

    @Test
    void aDelegationNeedsASelectedIpeASpecificationAndNoOverlap() {
        fixture.givenNoPriorActivity().when(delegation(null, true, END, 50, List.of()))
                .expectException(RuleViolation.class).expectExceptionMessage(
                        org.hamcrest.Matchers.containsString("no selected IPE"));
        fixture.givenNoPriorActivity().when(delegation("i-1", false, END, 50, List.of()))
                .expectException(RuleViolation.class);
        fixture.givenNoPriorActivity().when(delegation("i-1", true, START.minusDays(1), 50, List.of()))
                .expectException(RuleViolation.class);
        fixture.givenNoPriorActivity().when(delegation("i-1", true, END, 101, List.of()))
                .expectException(RuleViolation.class);
        fixture.givenNoPriorActivity().when(delegation("i-1", true, END, 50,
                        List.of(new ActivePeriod("m-0", LocalDate.of(2005, 9, 1), START))))
                .expectException(RuleViolation.class).expectExceptionMessage(
                        org.hamcrest.Matchers.containsString("never overlap"));
        // the day after the other mission's end is fine
        fixture.givenNoPriorActivity().when(delegation("i-1", true, END, 50,
                        List.of(new ActivePeriod("m-0", LocalDate.of(2005, 9, 1), START.minusDays(1)))))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void lettersAreOnePerSchoolYearRevisableAndNameAxesValidOnTheirDate() {
        fixture.given(signed(), committed())
                .when(new IssueMissionLetter(MISSION, "2007-2008", List.of("stages-tutorat"), "Stages",
                        LocalDate.of(2007, 9, 3), null))
                .expectEvents(letter("2007-2008", 1));
        fixture.given(signed(), committed(), letter("2007-2008", 1))
                .when(new IssueMissionLetter(MISSION, "2007-2008", List.of("stages-tutorat"), "Stages",
                        LocalDate.of(2007, 9, 3), null))
                .expectEvents(letter("2007-2008", 2));
        // a 2023 axis did not exist in 2007
        fixture.given(signed(), committed())
                .when(new IssueMissionLetter(MISSION, "2007-2008", List.of("apprentissage"), "Stages",
                        LocalDate.of(2007, 9, 3), null))
                .expectException(RuleViolation.class);
        // outside the mission
        fixture.given(signed(), committed())
                .when(new IssueMissionLetter(MISSION, "2011-2012", List.of("stages-tutorat"), "Stages",
                        LocalDate.of(2011, 9, 3), null))
                .expectException(RuleViolation.class);
    }

    @Test
    void aCertifiedYearMakesItsReimbursementDueAndNeedsALetter() {
        fixture.given(signed(), committed(), letter("2007-2008", 1))
                .when(new CertifyMission(MISSION, "2007-2008", LocalDate.of(2008, 9, 15), null))
                .expectEvents(new MissionCertified(MISSION, "i-1", SIRET, "lyon", "2007-2008", START,
                        LocalDate.of(2008, 8, 31), 1_860_000L, LocalDate.of(2008, 9, 15)));
        fixture.given(signed(), committed())
                .when(new CertifyMission(MISSION, "2007-2008", LocalDate.of(2008, 9, 15), null))
                .expectException(RuleViolation.class);
        fixture.given(signed(), committed(), letter("2007-2008", 1))
                .when(new CertifyMission(MISSION, "2007-2008", LocalDate.of(2008, 6, 15), null))
                .expectException(RuleViolation.class);
    }

    @Test
    void anEarlyEndNeedsAReasonAndShortensTheLastCertifiablePeriod() {
        fixture.given(signed(), committed())
                .when(new EndMission(MISSION, LocalDate.of(2009, 2, 14), " ", null))
                .expectException(RuleViolation.class);
        fixture.given(signed(), committed())
                .when(new EndMission(MISSION, LocalDate.of(2009, 2, 14), "Retour dans l'entreprise", null))
                .expectEvents(new MissionEnded(MISSION, "i-1", "lyon", LocalDate.of(2009, 2, 14), true,
                        "Retour dans l'entreprise"));
        fixture.given(signed(), committed())
                .when(new EndMission(MISSION, END, null, null))
                .expectEvents(new MissionEnded(MISSION, "i-1", "lyon", END, false, "term"));
        // 1 September 2008 to 14 February 2009: 5 months and 14/28 of February, at 18 600 € a year
        fixture.given(signed(), committed(), letter("2008-2009", 1),
                        new MissionEnded(MISSION, "i-1", "lyon", LocalDate.of(2009, 2, 14), true, "Retour"))
                .when(new CertifyMission(MISSION, "2008-2009", LocalDate.of(2009, 3, 1), null))
                .expectEvents(new MissionCertified(MISSION, "i-1", SIRET, "lyon", "2008-2009",
                        LocalDate.of(2008, 9, 1), LocalDate.of(2009, 2, 14), 852_500L, LocalDate.of(2009, 3, 1)));
    }
}
