package fr.ipe.contracts.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionLifecycleTest {

    private static final LocalDate DAY = LocalDate.of(2007, 12, 20);
    private static final ActionFigures REPORTED = new ActionFigures(2, 10, 12, 1, 2, 3, 0);
    private static final ActionFigures CORRECTED = new ActionFigures(3, 11, 12, 1, 2, 3, 1);

    private static ActionState fold(ActionEvent... events) {
        ActionState state = null;
        for (ActionEvent event : events) {
            state = ActionLifecycle.after(state, event);
        }
        return state;
    }

    private static ActionPlanned planned() {
        return new ActionPlanned("a", "lyon", List.of("ipe"), "2007", "stages", "t", DAY, LocalDate.of(2008, 1, 10),
                ActionPartners.NONE, null, DAY);
    }

    @Test
    void onlyAValidationMakesFiguresCountAndALaterOneReplacesThem() {
        ActionState reported = fold(planned(), new ActionCarriedOut("a", "lyon", REPORTED, DAY));
        assertThat(reported.status()).isEqualTo(ActionStatus.CARRIED_OUT);
        assertThat(reported.counted()).isNull();

        ActionState validated = ActionLifecycle.after(reported, new ActionValidated("a", "lyon", DAY));
        assertThat(validated.counted().figures()).isEqualTo(REPORTED);

        ActionState corrected = ActionLifecycle.after(validated, new ActionCorrected("a", "lyon", "ict", DAY, DAY,
                ActionPartners.NONE, CORRECTED, "typo", DAY));
        assertThat(corrected.status()).isEqualTo(ActionStatus.CORRECTED);
        assertThat(corrected.counted().figures()).as("the last validated figures count meanwhile").isEqualTo(REPORTED);

        ActionState revalidated = ActionLifecycle.after(corrected, new ActionValidated("a", "lyon", DAY));
        assertThat(revalidated.counted()).isEqualTo(new CountedAction("ict", DAY, DAY, ActionPartners.NONE, CORRECTED));
        assertThat(ActionLifecycle.after(revalidated, new ActionCancelled("a", "lyon", "r", DAY)).counted()).isNull();
    }

    @Test
    void anActionCountsInThePeriodsOfItsLastDay() {
        CountedAction counted = new CountedAction("stages", DAY, LocalDate.of(2008, 1, 10), ActionPartners.NONE, REPORTED);
        assertThat(counted.periods()).extracting(p -> p.label()).containsExactly("2008", "2007-2008");
    }

    @Test
    void stepsFollowTheLifecycle() {
        assertThat(ActionLifecycle.Step.VALIDATE.allowedFrom(ActionStatus.PLANNED)).isFalse();
        assertThat(ActionLifecycle.Step.VALIDATE.allowedFrom(ActionStatus.CORRECTED)).isTrue();
        assertThat(ActionLifecycle.Step.CANCEL.allowedFrom(ActionStatus.CANCELLED)).isFalse();
        assertThat(ActionThemes.inForceOn(LocalDate.of(2007, 1, 1)).orElseThrow().themes()).hasSize(14);
        assertThat(ActionThemes.inForceOn(LocalDate.of(2024, 1, 1)).orElseThrow().id()).isEqualTo("2023");
    }
}
