package fr.ipe.mission.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ipe.contracts.mission.DelegationSigned;
import fr.ipe.contracts.mission.MissionCertified;
import fr.ipe.contracts.mission.MissionEnded;
import fr.ipe.contracts.mission.MissionLetterIssued;
import fr.ipe.contracts.mission.ReimbursementCommitted;
import fr.ipe.contracts.mission.ReimbursementReleased;
import fr.ipe.mission.domain.MissionCommands.ActivePeriod;
import fr.ipe.mission.domain.MissionCommands.CertifyMission;
import fr.ipe.mission.domain.MissionCommands.EndMission;
import fr.ipe.mission.domain.MissionCommands.IssueMissionLetter;
import fr.ipe.mission.domain.MissionCommands.SignDelegation;
import fr.ipe.mission.domain.MissionCommands.Specified;
import fr.ipe.platform.domain.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
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

    static final Specified THIRTY_SIX_MONTHS = new Specified(36, LocalDate.of(2007, 6, 20));

    static SignDelegation delegation(String ipeId, boolean specified, LocalDate end, int share,
                                     List<ActivePeriod> others) {
        return new SignDelegation(MISSION, "n-1", "lyon", ipeId, false, SIRET, specified ? THIRTY_SIX_MONTHS : null,
                null, START, end, end.equals(END) ? null : "Autre terme", LocalDate.of(2007, 7, 12), 3_300_000L,
                420_000L, share, others);
    }

    static CertifyMission certify(String year, LocalDate on) {
        return new CertifyMission(MISSION, year, on, LocalDate.of(2026, 12, 4), null);
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

    /** A school year that does not parse, or a civil year, is refused as every period is: {@code invalid-period}. */
    @Test
    void aLetterOrACertificationForWhatIsNoSchoolYearIsAnInvalidPeriodNamingSchoolYear() {
        for (String notASchoolYear : List.of("2007-2009", "2007", "2007/2008")) {
            fixture.given(signed(), committed())
                    .when(new IssueMissionLetter(MISSION, notASchoolYear, List.of("stages-tutorat"), "Stages",
                            LocalDate.of(2007, 9, 3), null))
                    .expectException(invalidPeriodOf("schoolYear"));
            fixture.given(signed(), committed(), letter("2007-2008", 1))
                    .when(certify(notASchoolYear, LocalDate.of(2008, 9, 15)))
                    .expectException(invalidPeriodOf("schoolYear"));
        }
    }

    static Matcher<Throwable> invalidPeriodOf(String field) {
        return new CustomTypeSafeMatcher<>("invalid-period naming " + field) {
            @Override
            protected boolean matchesSafely(Throwable thrown) {
                return thrown instanceof RuleViolation violation && violation.rule().equals("invalid-period")
                        && field.equals(violation.field());
            }
        };
    }

    @Test
    void aCertifiedYearMakesItsReimbursementDueAndNeedsALetter() {
        fixture.given(signed(), committed(), letter("2007-2008", 1))
                .when(certify("2007-2008", LocalDate.of(2008, 9, 15)))
                .expectEvents(new MissionCertified(MISSION, "i-1", SIRET, "lyon", "2007-2008", START,
                        LocalDate.of(2008, 8, 31), 1_860_000L, LocalDate.of(2008, 9, 15)));
        fixture.given(signed(), committed())
                .when(certify("2007-2008", LocalDate.of(2008, 9, 15)))
                .expectException(RuleViolation.class);
        fixture.given(signed(), committed(), letter("2007-2008", 1))
                .when(certify("2007-2008", LocalDate.of(2008, 6, 15)))
                .expectException(RuleViolation.class);
    }

    /**
     * Issue 19's mission: 3 348 000 cents committed from 16 November 2007 to 3 September 2009; ended on 24 April 2009,
     * at most 2 681 500 can ever become due, so 666 500 are released on the funding feed.
     */
    @Test
    void anEarlyEndReleasesThePartOfTheCommitmentThatCanNoLongerBecomeDue() {
        LocalDate start = LocalDate.of(2007, 11, 16);
        LocalDate term = LocalDate.of(2009, 9, 3);
        LocalDate ended = LocalDate.of(2009, 4, 24);
        assertThat(Reimbursements.certifiable(1_860_000L, start, term)).isEqualTo(3_348_000L);
        fixture.given(new DelegationSigned(MISSION, "n-1", "i-1", SIRET, "lyon", null, start, term,
                                LocalDate.of(2007, 10, 1)),
                        new ReimbursementCommitted(MISSION, "i-1", SIRET, "lyon", 3_300_000L, 420_000L, 50,
                                1_860_000L, 3_348_000L, start, term, LocalDate.of(2007, 10, 1)))
                .when(new EndMission(MISSION, ended, "Retour anticipé dans l'entreprise", null))
                .expectEvents(new MissionEnded(MISSION, "i-1", "lyon", ended, true, "Retour anticipé dans l'entreprise"),
                        new ReimbursementReleased(MISSION, "i-1", SIRET, "lyon", 666_500L, 2_681_500L, start, ended));
        // what the certifications of the two school years then make due is the commitment left, to the cent
        assertThat(Reimbursements.forDays(1_860_000L, start, LocalDate.of(2008, 8, 31))
                + Reimbursements.forDays(1_860_000L, LocalDate.of(2008, 9, 1), ended)).isEqualTo(2_681_500L);
    }

    @Test
    void theCommitmentIsWhatEachSchoolYearsCertificationCanMakeDueToTheCent() {
        // 15 November 2007 – 2 September 2009 over the whole span would round to 3 348 000; year by year, 3 347 999
        LocalDate start = LocalDate.of(2007, 11, 15);
        LocalDate term = LocalDate.of(2009, 9, 2);
        assertThat(Reimbursements.forDays(1_860_000L, start, term)).isEqualTo(3_348_000L);
        assertThat(Reimbursements.certifiable(1_860_000L, start, term)).isEqualTo(
                Reimbursements.forDays(1_860_000L, start, LocalDate.of(2008, 8, 31))
                        + Reimbursements.forDays(1_860_000L, LocalDate.of(2008, 9, 1), LocalDate.of(2009, 8, 31))
                        + Reimbursements.forDays(1_860_000L, LocalDate.of(2009, 9, 1), term)).isEqualTo(3_347_999L);
    }

    @Test
    void anEarlyEndNeedsAReasonAndShortensTheLastCertifiablePeriod() {
        fixture.given(signed(), committed())
                .when(new EndMission(MISSION, LocalDate.of(2009, 2, 14), " ", null))
                .expectException(RuleViolation.class);
        fixture.given(signed(), committed())
                .when(new EndMission(MISSION, LocalDate.of(2009, 2, 14), "Retour dans l'entreprise", null))
                .expectEvents(new MissionEnded(MISSION, "i-1", "lyon", LocalDate.of(2009, 2, 14), true,
                        "Retour dans l'entreprise"),
                        // 5 580 000 committed; 2007-2008 (1 860 000) and 2008-2009 to 14 February (852 500) can be due
                        new ReimbursementReleased(MISSION, "i-1", SIRET, "lyon", 2_867_500L, 2_712_500L, START,
                                LocalDate.of(2009, 2, 14)));
        fixture.given(signed(), committed())
                .when(new EndMission(MISSION, END, null, null))
                .expectEvents(new MissionEnded(MISSION, "i-1", "lyon", END, false, "term"));
        // 1 September 2008 to 14 February 2009: 5 months and 14/28 of February, at 18 600 € a year
        fixture.given(signed(), committed(), letter("2008-2009", 1),
                        new MissionEnded(MISSION, "i-1", "lyon", LocalDate.of(2009, 2, 14), true, "Retour"))
                .when(certify("2008-2009", LocalDate.of(2009, 3, 1)))
                .expectEvents(new MissionCertified(MISSION, "i-1", SIRET, "lyon", "2008-2009",
                        LocalDate.of(2008, 9, 1), LocalDate.of(2009, 2, 14), 852_500L, LocalDate.of(2009, 3, 1)));
    }
}
