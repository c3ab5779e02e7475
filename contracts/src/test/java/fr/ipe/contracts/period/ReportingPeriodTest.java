package fr.ipe.contracts.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    @Test
    void theYearBeforeIsOfTheSameKind() {
        assertThat(ReportingPeriod.parse("2007").previous().label()).isEqualTo("2006");
        assertThat(ReportingPeriod.parse("2019-2020").previous().label()).isEqualTo("2018-2019");
    }

    @Test
    void aSpanTouchesEveryCivilAndSchoolYearItOverlaps() {
        assertThat(ReportingPeriod.touching(LocalDate.of(2007, 3, 1), LocalDate.of(2008, 8, 31))
                .stream().map(ReportingPeriod::label))
                .containsExactly("2006-2007", "2007", "2007-2008", "2008");
        assertThat(ReportingPeriod.touching(LocalDate.of(2008, 9, 1), LocalDate.of(2008, 9, 1))
                .stream().map(ReportingPeriod::label)).containsExactly("2008", "2008-2009");
    }

    @Test
    void aSchoolYearsYearsMustFollow() {
        assertThatThrownBy(() -> ReportingPeriod.parse("2019-2021")).isInstanceOf(IllegalArgumentException.class);
    }
}
