package fr.ipe.contracts.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ipe.contracts.period.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActivityMonthsTest {

    private static final ReportingPeriod Y2007 = ReportingPeriod.civilYear(2007);

    @Test
    void aWholeYearIsTwelveMonthsWhateverTheLengthOfFebruary() {
        assertThat(months(d(2007, 1, 1), d(2007, 12, 31), Y2007)).isEqualByComparingTo("12");
        assertThat(months(d(2008, 1, 1), d(2008, 12, 31), ReportingPeriod.civilYear(2008))).isEqualByComparingTo("12");
        assertThat(months(d(2008, 2, 1), d(2008, 2, 29), ReportingPeriod.civilYear(2008))).isEqualByComparingTo("1");
    }

    @Test
    void daysInAMonthCountProRataToThatMonthsLength() {
        // 16 Jan – 15 Feb 2007: 16/31 + 15/28
        long units = ActivityMonths.units(d(2007, 1, 16), d(2007, 2, 15), Y2007.firstDay(), Y2007.lastDay());
        assertThat(units).isEqualTo(16 * (ActivityMonths.UNITS_PER_MONTH / 31) + 15 * (ActivityMonths.UNITS_PER_MONTH / 28));
        // 15 days of a 30-day month are half a month exactly
        assertThat(months(d(2007, 4, 16), d(2007, 4, 30), Y2007)).isEqualByComparingTo("0.5");
    }

    @Test
    void onlyTheDaysInsideThePeriodCount() {
        ReportingPeriod school = ReportingPeriod.schoolYear(2007);
        // a mission of civil year 2007 counts 4 months in school year 2007-2008 and 8 in 2006-2007
        assertThat(months(d(2007, 1, 1), d(2007, 12, 31), school)).isEqualByComparingTo("4");
        assertThat(months(d(2007, 1, 1), d(2007, 12, 31), ReportingPeriod.schoolYear(2006))).isEqualByComparingTo("8");
        assertThat(months(d(2005, 1, 1), d(2005, 12, 31), Y2007)).isEqualByComparingTo("0");
    }

    @Test
    void fullTimeEquivalentIsMonthsOverTwelve() {
        long units = ActivityMonths.UNITS_PER_MONTH * 6398 / 10;
        assertThat(ActivityMonths.months(units, 1)).isEqualByComparingTo(new BigDecimal("639.8"));
        assertThat(ActivityMonths.fullTimeEquivalent(units, 1)).isEqualByComparingTo(new BigDecimal("53.3"));
    }

    @Test
    void periodsAreCivilOrSchoolYears() {
        assertThat(ReportingPeriod.parse("2019-2020").firstDay()).isEqualTo(d(2019, 9, 1));
        assertThat(ReportingPeriod.parse("2019-2020").lastDay()).isEqualTo(d(2020, 8, 31));
        assertThat(ReportingPeriod.parse("2007").kind()).isEqualTo(ReportingPeriod.Kind.CIVIL_YEAR);
        assertThatThrownBy(() -> ReportingPeriod.parse("2019-2021")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportingPeriod.parse("07")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEarlyEndShortensTheActivityAndALaterOneDoesNotExtendIt() {
        MissionActivity signed = MissionActivity.after(null, new DelegationSigned("m", "n", "i", "55208131766522",
                "toulouse", null, d(2007, 9, 1), d(2010, 8, 31), d(2007, 7, 1)));
        MissionActivity ended = MissionActivity.after(signed, new MissionEnded("m", "i", "toulouse", d(2009, 6, 30), true,
                "retour"));
        assertThat(ended.lastDay()).isEqualTo(d(2009, 6, 30));
        assertThat(MissionActivity.after(ended, new MissionEnded("m", "i", "toulouse", d(2011, 1, 1), false, "x"))
                .lastDay()).isEqualTo(d(2009, 6, 30));
    }

    @Test
    void aTotalCountsEachIpeOnceAndOnlyTheMissionsActiveInThePeriod() {
        var total = ActivityMonths.total(Y2007, java.util.List.of(
                new MissionActivity("m1", "a", "lyon", d(2007, 1, 1), d(2007, 3, 31)),
                new MissionActivity("m2", "a", "lyon", d(2007, 9, 1), d(2007, 9, 15)),
                new MissionActivity("m3", "b", null, d(2007, 12, 1), d(2008, 6, 30)),
                new MissionActivity("m4", "c", "lyon", d(2005, 1, 1), d(2006, 12, 31))));
        // 3 months + 15/30 + 1 month (December 2007 only); c ended before 2007
        assertThat(total.ipe()).isEqualTo(2);
        assertThat(total.months()).isEqualByComparingTo("4.5");
        assertThat(total.fullTimeEquivalent()).isEqualByComparingTo("0.4");
        assertThat(ActivityMonths.total(Y2007, java.util.List.of()).months()).isEqualByComparingTo("0.0");
    }

    private static BigDecimal months(LocalDate first, LocalDate last, ReportingPeriod period) {
        return ActivityMonths.months(ActivityMonths.units(first, last, period.firstDay(), period.lastDay()), 6);
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }
}
