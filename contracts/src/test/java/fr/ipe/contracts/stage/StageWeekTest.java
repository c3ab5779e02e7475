package fr.ipe.contracts.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StageWeekTest {

    @Test
    void aWeekIsReadWrittenAndDatedByItsMonday() {
        StageWeek week = StageWeek.parse("2009-W46");
        assertThat(week.monday()).isEqualTo(LocalDate.of(2009, 11, 9));
        assertThat(week.toString()).isEqualTo("2009-W46");
        assertThat(StageWeek.ofNumber(week.number())).isEqualTo(week);
        assertThat(StageWeek.parse("2015-W53").monday()).isEqualTo(LocalDate.of(2015, 12, 28));
    }

    @Test
    void aRefusedWeekSaysWhichWeeksThereAre() {
        assertThatThrownBy(() -> StageWeek.parse("2163-W38")).hasMessage(
                "ISO weeks run from 2000-W01 to 2100-W52, not 2163-W38");
        assertThatThrownBy(() -> StageWeek.parse("1999-W52")).hasMessageContaining("from 2000-W01 to 2100-W52");
        assertThatThrownBy(() -> StageWeek.parse("2025-W53")).hasMessage(
                "2025 has 52 ISO weeks, W01 to W52: 2025-W53 does not exist");
        assertThatThrownBy(() -> StageWeek.parse("2026-W00")).hasMessageContaining("2026-W00 does not exist");
        assertThatThrownBy(() -> StageWeek.parse("2026-10")).hasMessage("an ISO week is written 2026-W10, not 2026-10");
    }
}
