package fr.ipe.stagebank.domain;

import fr.ipe.contracts.stage.StageLevel;
import fr.ipe.contracts.stage.StageNeedStated;
import fr.ipe.platform.domain.RuleViolation;
import fr.ipe.stagebank.domain.NeedCommands.StateNeed;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

class StageNeedTest {

    final AggregateTestFixture<StageNeed> fixture = new AggregateTestFixture<>(StageNeed.class);

    static StateNeed need(LocalDate on, String... weeks) {
        return new StateNeed("need-1", "aix-marseille", "0130053M", "marseille-nord", StageLevel.BAC_PRO, null, 12,
                List.of(weeks), null, on);
    }

    @Test
    void aNeedHasAWeekStillToComeAndMayKeepWeeksThatHaveBegun() {
        fixture.givenNoPriorActivity()
                .when(need(LocalDate.of(2009, 12, 4), "2009-W40", "2009-W46"))
                .expectException(RuleViolation.class).expectExceptionMessage("every week has begun by 2009-12-04 "
                        + "(the last, 2009-W46, began on 2009-11-09): at least one week must be to come");
        fixture.givenNoPriorActivity()
                .when(need(LocalDate.of(2009, 12, 4), "2009-W46", "2010-W02"))
                .expectEvents(new StageNeedStated("need-1", "aix-marseille", "0130053M", "marseille-nord",
                        StageLevel.BAC_PRO, null, 12, List.of("2009-W46", "2010-W02"), null, LocalDate.of(2009, 12, 4)));
    }
}
