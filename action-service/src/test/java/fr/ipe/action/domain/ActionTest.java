package fr.ipe.action.domain;

import fr.ipe.action.domain.ActionCommands.CancelAction;
import fr.ipe.action.domain.ActionCommands.CorrectAction;
import fr.ipe.action.domain.ActionCommands.PlanAction;
import fr.ipe.action.domain.ActionCommands.ReportAction;
import fr.ipe.action.domain.ActionCommands.ValidateAction;
import fr.ipe.contracts.action.ActionCancelled;
import fr.ipe.contracts.action.ActionCarriedOut;
import fr.ipe.contracts.action.ActionCorrected;
import fr.ipe.contracts.action.ActionFigures;
import fr.ipe.contracts.action.ActionPartners;
import fr.ipe.contracts.action.ActionPlanned;
import fr.ipe.contracts.action.ActionValidated;
import fr.ipe.platform.domain.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActionTest {

    static final String ID = "action-1";
    static final LocalDate FIRST = LocalDate.of(2007, 3, 12);
    static final LocalDate LAST = LocalDate.of(2007, 3, 16);
    static final ActionPartners PARTNERS = new ActionPartners(List.of("0690001B", "0690002C"),
            List.of("55208131766522"), List.of("UIMM Rhône"));
    static final ActionFigures FIGURES = new ActionFigures(4, 310, 352, 18, 25, 12, 1);

    AggregateTestFixture<Action> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Action.class);
    }

    static ActionPlanned planned() {
        return new ActionPlanned(ID, "lyon", List.of("ipe-1"), "2007", "trades-information", "Forum", FIRST, LAST,
                PARTNERS, null, LocalDate.of(2007, 1, 15));
    }

    @Test
    void planningTakesTheThemeSetInForceOnTheFirstDay() {
        fixture.givenNoPriorActivity()
                .when(new PlanAction(ID, "lyon", List.of("ipe-1"), "trades-information", " Forum ", FIRST, LAST,
                        PARTNERS, null, LocalDate.of(2007, 1, 15)))
                .expectEvents(planned());
    }

    @Test
    void aThemeOfAnotherSetOrAnInvalidPartnerIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new PlanAction(ID, "lyon", List.of("ipe-1"), "campus-metiers", "Forum", FIRST, LAST, PARTNERS,
                        null, FIRST))
                .expectException(RuleViolation.class).expectExceptionMessage(
                        org.hamcrest.Matchers.containsString("not one of the 2007 themes"));
        fixture.givenNoPriorActivity()
                .when(new PlanAction(ID, "lyon", List.of("ipe-1"), "stages", "Forum", FIRST, LAST,
                        new ActionPartners(List.of("069000A"), List.of(), List.of()), null, FIRST))
                .expectException(RuleViolation.class);
        fixture.givenNoPriorActivity()
                .when(new PlanAction(ID, "lyon", List.of("ipe-1"), "stages", "Forum", FIRST, LAST,
                        new ActionPartners(List.of(), List.of("55208131766523"), List.of()), null, FIRST))
                .expectException(RuleViolation.class);
    }

    /** A mistyped UAI would count as another établissement in the bilan: its check letter must be its digits'. */
    @Test
    void aUaiWhoseCheckLetterIsNotItsDigitsIsRefusedInAPlanAndInACorrection() {
        ActionPartners mistyped = new ActionPartners(List.of("0690001B", "0690002B"), List.of(), List.of());
        fixture.givenNoPriorActivity()
                .when(new PlanAction(ID, "lyon", List.of("ipe-1"), "stages", "Forum", FIRST, LAST, mistyped, null,
                        FIRST))
                .expectException(violation("invalid-uai", "partners.etablissementUais"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("the check letter of 0690002 is C"));
        fixture.given(planned(), new ActionCarriedOut(ID, "lyon", FIGURES, LAST))
                .when(new CorrectAction(ID, "stages", FIRST, LAST, mistyped, FIGURES, "Recount", LAST, null))
                .expectException(violation("invalid-uai", "partners.etablissementUais"));
    }

    @Test
    void figuresAreReportedOnceTheActionTookPlaceAndCountAtLeastTheNamedPartners() {
        fixture.given(planned())
                .when(new ReportAction(ID, FIGURES, LAST.minusDays(1), null))
                .expectException(RuleViolation.class);
        fixture.given(planned())
                .when(new ReportAction(ID, new ActionFigures(1, 1, 1, 1, 1, 1, 1), LAST, null))
                .expectException(RuleViolation.class).expectExceptionMessage(
                        org.hamcrest.Matchers.containsString("figures.etablissements is 1 but the action names 2"));
        fixture.given(planned())
                .when(new ReportAction(ID, FIGURES, LAST, null))
                .expectEvents(new ActionCarriedOut(ID, "lyon", FIGURES, LAST));
    }

    @Test
    void onlyACarriedOutOrCorrectedActionIsValidated() {
        fixture.given(planned())
                .when(new ValidateAction(ID, LAST, null))
                .expectException(RuleViolation.class);
        fixture.given(planned(), new ActionCarriedOut(ID, "lyon", FIGURES, LAST))
                .when(new ValidateAction(ID, LAST, null))
                .expectEvents(new ActionValidated(ID, "lyon", LAST));
    }

    @Test
    void aCorrectionStatesItsReasonAndIsValidatedAgain() {
        ActionFigures corrected = new ActionFigures(4, 312, 352, 18, 25, 12, 1);
        LocalDate later = LocalDate.of(2007, 5, 2);
        fixture.given(planned(), new ActionCarriedOut(ID, "lyon", FIGURES, LAST), new ActionValidated(ID, "lyon", LAST))
                .when(new CorrectAction(ID, "stages", FIRST, LAST, PARTNERS, corrected, " ", later, null))
                .expectException(RuleViolation.class);
        fixture.given(planned(), new ActionCarriedOut(ID, "lyon", FIGURES, LAST), new ActionValidated(ID, "lyon", LAST))
                .when(new CorrectAction(ID, "stages", FIRST, LAST, PARTNERS, corrected, "Recount", later, null))
                .expectEvents(new ActionCorrected(ID, "lyon", "stages", FIRST, LAST, PARTNERS, corrected, "Recount",
                        later));
    }

    @Test
    void aCancelledActionTakesNoFurtherStep() {
        fixture.given(planned(), new ActionCancelled(ID, "lyon", "reported", LAST))
                .when(new CancelAction(ID, "again", LAST, null))
                .expectException(RuleViolation.class);
        fixture.given(planned(), new ActionCancelled(ID, "lyon", "reported", LAST))
                .when(new ReportAction(ID, FIGURES, LAST, null))
                .expectException(RuleViolation.class);
    }

    /** Issue 19's kind: a validation before the report it validates, a correction or cancellation before its steps. */
    @Test
    void eachStepIsDatedOnOrAfterTheStepBefore() {
        LocalDate reported = LocalDate.of(2007, 3, 30);
        ActionCarriedOut carriedOut = new ActionCarriedOut(ID, "lyon", FIGURES, reported);
        fixture.given(planned(), carriedOut)
                .when(new ValidateAction(ID, reported.minusDays(1), null))
                .expectException(violation("before-previous-step", "validatedOn"));
        ActionValidated validated = new ActionValidated(ID, "lyon", LocalDate.of(2007, 4, 10));
        fixture.given(planned(), carriedOut, validated)
                .when(new CorrectAction(ID, "stages", FIRST, LAST, PARTNERS, FIGURES, "Recount",
                        LocalDate.of(2007, 4, 9), null))
                .expectException(violation("before-previous-step", "correctedOn"));
        fixture.given(planned(), carriedOut, validated)
                .when(new CorrectAction(ID, "stages", FIRST, LocalDate.of(2007, 6, 1), PARTNERS, FIGURES, "Recount",
                        LocalDate.of(2007, 5, 2), null))
                .expectException(violation("too-early", "correctedOn"));
        fixture.given(planned(), carriedOut, validated)
                .when(new CancelAction(ID, "Doublon", LocalDate.of(2007, 4, 1), null))
                .expectException(violation("before-previous-step", "cancelledOn"));
        // planned on 20 March, after the action: its report cannot be dated before the planning was recorded
        fixture.given(new ActionPlanned(ID, "lyon", List.of("ipe-1"), "2007", "trades-information", "Forum", FIRST,
                        LAST, PARTNERS, null, LocalDate.of(2007, 3, 20)))
                .when(new ReportAction(ID, FIGURES, LAST, null))
                .expectException(violation("before-previous-step", "reportedOn"));
    }

    static org.hamcrest.Matcher<RuleViolation> violation(String rule, String field) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return rule.equals(violation.rule()) && field.equals(violation.field());
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("a violation of " + rule + " on " + field);
            }
        };
    }
}
