package fr.ipe.stagebank.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.ipe.contracts.stage.StageWeek;
import fr.ipe.platform.domain.RuleViolation;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The need's side of a reservation: open, in its weeks, for no more pupils than it still has unmet. */
class PupilsToPlaceTest {

    static PupilsToPlace need(boolean open, int pupils, int placed) {
        return new PupilsToPlace("need-1", "aix-marseille", open,
                new TreeSet<>(List.of(StageWeek.parse("2009-W46"), StageWeek.parse("2009-W47"))), pupils, placed);
    }

    @Test
    void takesAsManyPupilsAsItStillHasInItsOwnWeeks() {
        assertThatCode(() -> need(true, 12, 7).requireRoomFor(5, List.of("2009-W46", "2009-W47")))
                .doesNotThrowAnyException();
        assertThat(need(true, 12, 7).unmet()).isEqualTo(5);
    }

    @Test
    void refusesMorePupilsThanStillUnmet() {
        RuleViolation met = catchThrowableOfType(RuleViolation.class,
                () -> need(true, 12, 7).requireRoomFor(6, List.of("2009-W46")));
        assertThat(met.rule()).isEqualTo("need-met");
        assertThat(met.kind()).isEqualTo(RuleViolation.Kind.CONFLICT);
        assertThat(met).hasMessage("the need has 5 pupil(s) still to place, 6 asked");
    }

    @Test
    void refusesAWeekTheNeedDoesNotAskForNamingTheField() {
        for (String week : List.of("2009-W48", "2009-W99", "not a week")) {
            RuleViolation refused = catchThrowableOfType(RuleViolation.class,
                    () -> need(true, 12, 0).requireRoomFor(1, List.of("2009-W46", week)));
            assertThat(refused.rule()).as(week).isEqualTo("week-not-needed");
            assertThat(refused.field()).isEqualTo("weeks");
        }
    }

    @Test
    void aClosedNeedTakesNothingWhateverItsPupils() {
        RuleViolation closed = catchThrowableOfType(RuleViolation.class,
                () -> need(false, 12, 0).requireRoomFor(1, List.of("2009-W46")));
        assertThat(closed.rule()).isEqualTo("need-closed");
    }
}
