package fr.ipe.mission.query;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ipe.contracts.mission.MissionActivity;
import fr.ipe.contracts.period.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Months of activity per académie, national and in all, over civil and school years. */
class ActivityReportTest {

    static MissionActivity mission(String ipe, String academie, String first, String last) {
        return new MissionActivity("m-" + ipe, ipe, academie, LocalDate.parse(first), LocalDate.parse(last));
    }

    @Test
    void midMonthStartsAndEndsCountTheirDaysProRata() {
        // 16 January to 15 February 2007: 16/31 + 15/28 = 1.05 months
        var report = ActivityReport.of(ReportingPeriod.parse("2007"),
                List.of(mission("a", "lyon", "2007-01-16", "2007-02-15")));
        assertThat(report.academie("lyon").months()).isEqualByComparingTo("1.1");
        assertThat(report.academie("lyon").ipe()).isEqualTo(1);
    }

    @Test
    void aMissionAcrossYearsIsSplitBetweenCivilAndSchoolYears() {
        List<MissionActivity> missions = List.of(mission("a", "nantes", "2007-09-16", "2009-03-15"));
        // civil 2007: 15/30 of September + 3 months = 3.5; 2008: 12; 2009: 2 + 15/31 = 2.5
        assertThat(ActivityReport.of(ReportingPeriod.parse("2007"), missions).total().months()).isEqualByComparingTo("3.5");
        assertThat(ActivityReport.of(ReportingPeriod.parse("2008"), missions).total().months()).isEqualByComparingTo("12.0");
        assertThat(ActivityReport.of(ReportingPeriod.parse("2009"), missions).total().months()).isEqualByComparingTo("2.5");
        // school year 2007-2008: 11.5 months; 2008-2009: 6.5 months
        assertThat(ActivityReport.of(ReportingPeriod.parse("2007-2008"), missions).total().months())
                .isEqualByComparingTo("11.5");
        assertThat(ActivityReport.of(ReportingPeriod.parse("2008-2009"), missions).total().months())
                .isEqualByComparingTo("6.5");
    }

    @Test
    void februaryOfALeapYearIsOneMonthWhateverItsLength() {
        var leap = ActivityReport.of(ReportingPeriod.parse("2008"),
                List.of(mission("a", "lille", "2008-02-01", "2008-02-29"), mission("b", "lille", "2008-02-15", "2008-02-29")));
        // 1 + 15/29
        assertThat(leap.academie("lille").months()).isEqualByComparingTo("1.5");
        assertThat(leap.academie("lille").ipe()).isEqualTo(2);
    }

    @Test
    void aNationalMissionCountsInTheNationalLineAndTheTotalNotInAnAcademie() {
        var report = ActivityReport.of(ReportingPeriod.parse("2007"),
                List.of(mission("a", null, "2007-01-01", "2007-12-31"), mission("b", "paris", "2007-07-01", "2007-12-31")));
        assertThat(report.national().months()).isEqualByComparingTo("12.0");
        assertThat(report.academies()).extracting(ActivityReport.Line::academie).containsExactly("paris");
        assertThat(report.total().months()).isEqualByComparingTo("18.0");
        assertThat(report.total().ipe()).isEqualTo(2);
    }

    @Test
    void missionsTotalling639Point8MonthsIn2007Give53Point3FullTimeEquivalent() {
        List<MissionActivity> missions = new ArrayList<>();
        for (int i = 0; i < 53; i++) {
            missions.add(mission("ipe-" + i, i % 2 == 0 ? "aix-marseille" : "versailles", "2006-09-01", "2008-08-31"));
        }
        // 24 days of June (a 30-day month) and three whole months: 3.8
        missions.add(mission("ipe-53", "toulouse", "2007-06-07", "2007-09-30"));
        var report = ActivityReport.of(ReportingPeriod.parse("2007"), missions);
        assertThat(report.total().months()).isEqualByComparingTo(new BigDecimal("639.8"));
        assertThat(report.total().fullTimeEquivalent()).isEqualByComparingTo(new BigDecimal("53.3"));
        assertThat(report.total().ipe()).isEqualTo(54);
    }

    @Test
    void aRectoratsReportHasItsOwnLineOnlyWithoutANationalLineOrATotalItMayNotSee() {
        List<MissionActivity> missions = List.of(mission("a", null, "2007-01-01", "2007-12-31"),
                mission("b", "paris", "2007-07-01", "2007-12-31"), mission("c", "lyon", "2007-01-01", "2007-03-31"));
        var lyon = ActivityReport.ofAcademie(ReportingPeriod.parse("2007"), missions, "lyon");
        assertThat(lyon.academies()).extracting(ActivityReport.Line::academie).containsExactly("lyon");
        assertThat(lyon.academie("lyon").months()).isEqualByComparingTo("3.0");
        assertThat(lyon.national()).isNull();
        assertThat(lyon.total()).isNull();
        var none = ActivityReport.ofAcademie(ReportingPeriod.parse("2007"), missions, "nice");
        assertThat(none.academies()).singleElement().satisfies(line -> assertThat(line.months()).isZero());
    }
}
