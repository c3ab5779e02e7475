package fr.ipe.convention.domain;

import fr.ipe.platform.domain.Siret;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ipe.contracts.convention.Budget;
import fr.ipe.contracts.convention.BudgetLine;
import fr.ipe.contracts.convention.ConventionDrafted;
import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.ConventionPartySigned;
import fr.ipe.contracts.convention.ConventionSigned;
import fr.ipe.contracts.convention.Party;
import fr.ipe.contracts.convention.PartyRole;
import fr.ipe.platform.domain.RuleViolation;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The national convention of 1 March 2007 (DOMAIN.md section 1): 7 200 000 € over four years. */
class ConventionTest {

    static final String ID = "conv-2007";
    static final String ASSOCIATION_SIRET = "42843689300013";
    static final Party MINISTRY = new Party(PartyRole.MINISTRY, "Ministère de l'Éducation nationale (DGESCO)", null);
    static final Party ASSOCIATION = new Party(PartyRole.ASSOCIATION, "Ingénieurs pour l'école", ASSOCIATION_SIRET);
    static final LocalDate START = LocalDate.of(2007, 3, 1);

    private FixtureConfiguration<Convention> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Convention.class);
    }

    static final String OBJECTIVES = "Les actions de l'annexe 1";
    static final MonthDay DECEMBER_31 = MonthDay.of(12, 31);

    static final Budget BUDGET_2007 = new Budget(
            List.of(new BudgetLine("state-subsidy", "Subvention de l'État", 720_000_000L, null, null, null),
                    new BudgetLine("apprenticeship-tax", "Taxe d'apprentissage", 16_000_000L, null, null, null),
                    new BudgetLine("company-contributions", "Contributions des entreprises", 40_000_000L, null, null, null)),
            List.of(new BudgetLine("salary-allowances", "Indemnités salariales", 633_600_000L, 48, 4, 3_300_000L),
                    new BudgetLine("travel", "Frais de déplacement", 92_400_000L, 55, 4, 420_000L),
                    new BudgetLine("structure-costs", "Frais de structure", 50_000_000L, null, null, null)));

    /** Art. 4: 1 800 000 € each of the four years. */
    static final List<Long> SCHEDULE_2007 = yearly(180_000_000L, 4);

    static List<Long> yearly(long amount, int years) {
        return java.util.Collections.nCopies(years, amount);
    }

    static DraftConvention national2007() {
        return national2007(BUDGET_2007);
    }

    static DraftConvention national2007(Budget budget) {
        return new DraftConvention(ID, ConventionKind.NATIONAL_MULTI_YEAR, "Convention pluriannuelle d'objectifs 2007-2011",
                OBJECTIVES, null, List.of(MINISTRY, ASSOCIATION), START, 4, 720_000_000L, SCHEDULE_2007, DECEMBER_31,
                budget, List.of(), null);
    }

    static ConventionDrafted drafted2007() {
        return new ConventionDrafted(ID, ConventionKind.NATIONAL_MULTI_YEAR, "Convention pluriannuelle d'objectifs 2007-2011",
                OBJECTIVES, null, List.of(MINISTRY, ASSOCIATION), START, 4, LocalDate.of(2011, 2, 28), 720_000_000L,
                SCHEDULE_2007, DECEMBER_31, BUDGET_2007, List.of(), null);
    }

    static DraftConvention draft(String id, ConventionKind kind, String academie, List<Party> parties, LocalDate start,
                                 int years, long total, long annual) {
        return new DraftConvention(id, kind, "t", OBJECTIVES, academie, parties, start, years, total,
                yearly(annual, total == 0 ? 0 : years), DECEMBER_31, null, List.of(), null);
    }

    @Test
    void draftsTheNationalConventionWithItsEndDate() {
        fixture.givenNoPriorActivity().when(national2007()).expectSuccessfulHandlerExecution().expectEvents(drafted2007());
    }

    @Test
    void refusesAnAssociationWhoseSiretFailsTheLuhnCheck() {
        var command = draft(ID, ConventionKind.NATIONAL_MULTI_YEAR, null, List.of(MINISTRY, new Party(PartyRole.ASSOCIATION, "IPE", "42843689300014")), START, 4, 720_000_000L,
                180_000_000L);
        fixture.givenNoPriorActivity().when(command).expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("SIRET"))
                .expectException(violation("siret-invalid", "parties[1].identifier"));
    }

    @Test
    void refusesANationalConventionWithoutTheMinistry() {
        var command = draft(ID, ConventionKind.NATIONAL_MULTI_YEAR, null, List.of(ASSOCIATION),
                START, 4, 720_000_000L, 180_000_000L);
        fixture.givenNoPriorActivity().when(command).expectException(violation("national-convention-parties", "parties"));
    }

    @Test
    void refusesANationalConventionScopedToAnAcademie() {
        var command = draft(ID, ConventionKind.NATIONAL_MULTI_YEAR, "lyon", List.of(MINISTRY, ASSOCIATION), START, 4, 720_000_000L, 180_000_000L);
        fixture.givenNoPriorActivity().when(command)
                .expectException(violation("academie-not-allowed", "academie"));
    }

    @Test
    void refusesAYearlySubsidyThatDoesNotAddUpToTheTotal() {
        var command = draft(ID, ConventionKind.NATIONAL_MULTI_YEAR, null, List.of(MINISTRY, ASSOCIATION), START, 4, 720_000_000L, 170_000_000L);
        fixture.givenNoPriorActivity().when(command)
                .expectException(violation("subsidy-schedule-mismatch", "yearlySubsidyCents"));
    }

    @Test
    void refusesADurationBeyondTenYears() {
        var command = draft(ID, ConventionKind.NATIONAL_MULTI_YEAR, null, List.of(MINISTRY, ASSOCIATION), START, 11, 1_100_000_000L, 100_000_000L);
        fixture.givenNoPriorActivity().when(command).expectException(violation("duration-out-of-range", "durationYears"));
    }

    @Test
    void draftsASecondmentAgreementBetweenTheRectoratAndAMemberCompany() {
        var command = draft("sec-1", ConventionKind.SECONDMENT_AGREEMENT, "lyon", List.of(new Party(PartyRole.RECTORAT, "Rectorat de Lyon", "lyon"),
                        new Party(PartyRole.MEMBER_COMPANY, "Member company", ASSOCIATION_SIRET)), START, 3, 0, 0);
        fixture.givenNoPriorActivity().when(command).expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                org.hamcrest.Matchers.any(ConventionDrafted.class)),
                        org.axonframework.test.matchers.Matchers.andNoMore()));
    }

    @Test
    void refusesARectoratPartyOfAnotherAcademie() {
        var command = draft("sec-1", ConventionKind.SECONDMENT_AGREEMENT, "lyon", List.of(new Party(PartyRole.RECTORAT, "Rectorat de Grenoble", "grenoble"),
                        new Party(PartyRole.MEMBER_COMPANY, "Member company", ASSOCIATION_SIRET)), START, 3, 0, 0);
        fixture.givenNoPriorActivity().when(command)
                .expectException(violation("rectorat-outside-academie", "parties[0].identifier"));
    }

    @Test
    void refusesASubsidyOutsideTheNationalConvention() {
        var command = draft("sec-1", ConventionKind.SECONDMENT_AGREEMENT, "lyon", List.of(new Party(PartyRole.RECTORAT, "Rectorat de Lyon", "lyon"),
                        new Party(PartyRole.MEMBER_COMPANY, "Member company", ASSOCIATION_SIRET)), START, 3, 100, 0);
        fixture.givenNoPriorActivity().when(command)
                .expectException(violation("subsidy-only-national", "subsidyTotalCents"));
    }

    @Test
    void acceptsAYearlyScheduleWhoseYearsDifferWhenTheyAddUpToTheTotal() {
        // art. 4: years 2 to 4 "sous réserve de l'inscription des crédits en loi de finances"
        var command = new DraftConvention(ID, ConventionKind.NATIONAL_MULTI_YEAR, "t", OBJECTIVES, null,
                List.of(MINISTRY, ASSOCIATION), START, 4, 720_000_000L,
                List.of(180_000_000L, 200_000_000L, 160_000_000L, 180_000_000L), DECEMBER_31, null, List.of(), null);
        fixture.givenNoPriorActivity().when(command).expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesAScheduleWithoutOneAmountPerYear() {
        var command = new DraftConvention(ID, ConventionKind.NATIONAL_MULTI_YEAR, "t", OBJECTIVES, null,
                List.of(MINISTRY, ASSOCIATION), START, 4, 720_000_000L, List.of(360_000_000L, 360_000_000L),
                DECEMBER_31, null, List.of(), null);
        fixture.givenNoPriorActivity().when(command)
                .expectException(violation("subsidy-schedule-mismatch", "yearlySubsidyCents"));
    }

    @Test
    void refusesAScheduleThatOnlyAddsUpByWrappingAround() {
        // Long.MAX_VALUE + Long.MAX_VALUE + 2 wraps to 0 + 720 000 000: an exact sum refuses it
        var command = new DraftConvention(ID, ConventionKind.NATIONAL_MULTI_YEAR, "t", OBJECTIVES, null,
                List.of(MINISTRY, ASSOCIATION), START, 3, 720_000_000L,
                List.of(Long.MAX_VALUE, Long.MAX_VALUE, 720_000_002L), DECEMBER_31, null, List.of(), null);
        fixture.givenNoPriorActivity().when(command)
                .expectException(violation("amount-overflow", "yearlySubsidyCents"));
    }

    @Test
    void refusesABudgetWhoseComputedLineOverflows() {
        var budget = new Budget(
                List.of(new BudgetLine("state-subsidy", "Subvention", 720_000_000L, null, null, null)),
                List.of(new BudgetLine("salary-allowances", "Indemnités", 720_000_000L, 100_000, 10, Long.MAX_VALUE / 10)));
        fixture.givenNoPriorActivity().when(national2007(budget))
                .expectException(violation("amount-overflow", "budget.spending[0].amountCents"));
    }

    @Test
    void draftsASecondmentOfTheCentralAdministrationAtTheNationalLevel() {
        // annex 1: the agreement is signed by the recteur or by the central administration (an IPE at the DGESCO)
        var command = draft("sec-2", ConventionKind.SECONDMENT_AGREEMENT, null, List.of(MINISTRY,
                new Party(PartyRole.MEMBER_COMPANY, "Member company", ASSOCIATION_SIRET)), START, 3, 0, 0);
        fixture.givenNoPriorActivity().when(command).expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesANationalLevelSecondmentScopedToAnAcademie() {
        var command = draft("sec-2", ConventionKind.SECONDMENT_AGREEMENT, "lyon", List.of(MINISTRY,
                new Party(PartyRole.MEMBER_COMPANY, "Member company", ASSOCIATION_SIRET)), START, 3, 0, 0);
        fixture.givenNoPriorActivity().when(command).expectException(violation("academie-not-allowed", "academie"));
    }

    @Test
    void aFirstSignatureLeavesTheConventionUnsignedAndAnswersTheNewVersion() {
        fixture.given(drafted2007())
                .when(new SignConvention(ID, PartyRole.MINISTRY, "Le directeur général", START, null))
                .expectEvents(new ConventionPartySigned(ID, null, PartyRole.MINISTRY, "Le directeur général", START))
                .expectResultMessagePayload(1L);
    }

    @Test
    void theLastSignatureSignsTheConvention() {
        fixture.given(drafted2007(), new ConventionPartySigned(ID, null, PartyRole.MINISTRY, "DGESCO", START))
                .when(new SignConvention(ID, PartyRole.ASSOCIATION, "La présidente", START, 1L))
                .expectEvents(new ConventionPartySigned(ID, null, PartyRole.ASSOCIATION, "La présidente", START),
                        new ConventionSigned(ID, null, START))
                .expectResultMessagePayload(3L);
    }

    @Test
    void refusesASecondSignatureByTheSameParty() {
        fixture.given(drafted2007(), new ConventionPartySigned(ID, null, PartyRole.MINISTRY, "DGESCO", START))
                .when(new SignConvention(ID, PartyRole.MINISTRY, "DGESCO", START, null))
                .expectException(violation("already-signed", null));
    }

    @Test
    void refusesASignatureByAnOutsider() {
        fixture.given(drafted2007())
                .when(new SignConvention(ID, PartyRole.ENTREPRISE, "Someone", START, null))
                .expectException(violation("not-a-party", "party"));
    }

    @Test
    void siretChecksumMatchesTheAssociationsRealNumber() {
        assertThat(Siret.isValid(ASSOCIATION_SIRET)).isTrue();
        assertThat(Siret.isValid("42843689300014")).isFalse();
        assertThat(Siret.isValid("4284368930001")).isFalse();
    }

    static org.hamcrest.Matcher<RuleViolation> violation(String rule, String field) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation v) {
                return v.rule().equals(rule) && java.util.Objects.equals(v.field(), field);
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("rule " + rule + " on field " + field);
            }
        };
    }
}
