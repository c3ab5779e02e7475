package fr.ipe.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ipe.contracts.mission.ActivityMonths;
import fr.ipe.contracts.mission.MissionActivity;
import fr.ipe.contracts.period.ReportingPeriod;
import fr.ipe.local.demo.DemoUsers;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo's missions give the 2008 roll-call and the 2007 bilan's months, by the contracts' own rule. */
class MissionDemoDataTest {

    static List<MissionActivity> activities() {
        return MissionDemoData.missions().stream().map(m -> new MissionActivity(m.key(), m.key(), m.academie(),
                LocalDate.parse(m.start()), LocalDate.parse(m.endedOn() != null ? m.endedOn() : m.end()))).toList();
    }

    @Test
    void civilYear2007Totals639Point8MonthsThatIs53Point3FullTimeEquivalent() {
        long units = activities().stream().mapToLong(a -> a.unitsWithin(ReportingPeriod.civilYear(2007))).sum();
        assertThat(ActivityMonths.months(units, 1)).isEqualByComparingTo("639.8");
        assertThat(ActivityMonths.fullTimeEquivalent(units, 1)).isEqualByComparingTo("53.3");
    }

    @Test
    void fiftyThreeIpeInTwentyOneAcademiesAreActiveAtTheJune2008Seminar() {
        LocalDate seminar = LocalDate.of(2008, 6, 15);
        List<MissionActivity> active = activities().stream()
                .filter(a -> !a.firstDay().isAfter(seminar) && !a.lastDay().isBefore(seminar)).toList();
        assertThat(active).hasSize(53);
        assertThat(active.stream().map(MissionActivity::academie).distinct()).hasSize(21);
        assertThat(active.stream().filter(a -> a.academie().equals("aix-marseille"))).hasSize(6);
        assertThat(MissionDemoData.ROLL_CALL_2008.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(53);
    }

    @Test
    void everyAcademieOfTheRollCallHasItsRectoratDemoUser() {
        for (String academie : MissionDemoData.ROLL_CALL_2008.keySet()) {
            assertThat(DemoUsers.ALL).as(academie).anyMatch(user -> ("rectorat-" + academie).equals(user.username())
                    && academie.equals(user.academie()));
        }
    }

    @Test
    void eachSpecificationSetsItsMissionsTermSoEveryDelegationAgreesWithIt() {
        for (MissionDemoData.DemoMission mission : MissionDemoData.missions()) {
            LocalDate start = LocalDate.parse(mission.start());
            assertThat(start.plusMonths(mission.months()).minusDays(1)).as(mission.key())
                    .isEqualTo(LocalDate.parse(mission.end()));
        }
        assertThat(MissionDemoData.missions()).extracting(MissionDemoData.DemoMission::months).contains(36, 28, 24);
    }
}
