package fr.ipe.reporting.bilan;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ipe.contracts.PublishedEvent;
import fr.ipe.contracts.action.ActionCancelled;
import fr.ipe.contracts.action.ActionCorrected;
import fr.ipe.contracts.action.ActionEvent;
import fr.ipe.contracts.action.ActionFigures;
import fr.ipe.contracts.action.ActionLifecycle;
import fr.ipe.contracts.action.ActionPartners;
import fr.ipe.contracts.action.ActionState;
import fr.ipe.contracts.action.ActionValidated;
import fr.ipe.contracts.mission.DelegationSigned;
import fr.ipe.contracts.mission.MissionActivity;
import fr.ipe.contracts.mission.MissionEnded;
import fr.ipe.contracts.period.ReportingPeriod;
import fr.ipe.platform.views.Contribution;
import fr.ipe.reporting.bilan.BilanCount.CountedActionOf;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every counting rule of the bilan, on typed facts and nothing else: actions folded by their lifecycle, missions by
 * their activity, counted by {@link BilanCount}. The views keep the same sums per key as facts change; these tests say
 * what the sums are.
 */
class BilanCountTest {

    static final ReportingPeriod Y2011 = ReportingPeriod.civilYear(2011);
    static final ActionPartners TWO = new ActionPartners(List.of("0130001A", "0130002B"), List.of(), List.of());
    static final ActionFigures FIGURES = new ActionFigures(3, 40, 50, 4, 6, 2, 1);

    @Test
    void anActionCountsAsAtItsLastValidationACorrectionReplacesOnceValidatedAgain() {
        LocalDate day = LocalDate.of(2011, 3, 14);
        List<PublishedEvent> history = new ArrayList<>(BilanEvents.validated("a", "nice", "stages", day, day, TWO,
                FIGURES));
        ActionFigures corrected = new ActionFigures(3, 60, 50, 4, 6, 2, 1);
        history.add(new ActionCorrected("a", "nice", "ict", day, day, TWO, corrected, "girls miscounted", day));
        assertThat(bilan("nice", Y2011, history).girls()).as("until validated again, the validated figures stay")
                .isEqualTo(40);
        assertThat(theme(bilan("nice", Y2011, history), "stages")).isEqualTo(1);
        history.add(new ActionValidated("a", "nice", day));
        Bilan after = bilan("nice", Y2011, history);
        assertThat(after.girls()).as("replaced, not added").isEqualTo(60);
        assertThat(after.actions()).isEqualTo(1);
        assertThat(theme(after, "stages")).isZero();
        assertThat(theme(after, "ict")).isEqualTo(1);
    }

    @Test
    void aCancelledActionCountsNowhereEvenOnceValidated() {
        LocalDate day = LocalDate.of(2011, 3, 14);
        List<PublishedEvent> history = new ArrayList<>(BilanEvents.validated("a", "nice", "stages", day, day, TWO,
                FIGURES));
        history.add(new ActionCancelled("a", "nice", "duplicate of another action", day));
        Bilan bilan = bilan("nice", Y2011, history);
        assertThat(bilan.actions()).isZero();
        assertThat(bilan.etablissements()).isZero();
        assertThat(bilan.academiesReported()).isEmpty();
        assertThat(bilan(null, Y2011, history).girls()).isZero();
    }

    @Test
    void anActionCountsWholeInTheCivilAndSchoolYearOfItsLastDay() {
        List<PublishedEvent> december = BilanEvents.validated("a", "nice", "stages", LocalDate.of(2011, 12, 12),
                LocalDate.of(2012, 1, 13), TWO, FIGURES);
        assertThat(bilan("nice", Y2011, december).actions()).isZero();
        assertThat(bilan("nice", ReportingPeriod.civilYear(2012), december).girls()).isEqualTo(40);
        assertThat(bilan("nice", ReportingPeriod.schoolYear(2011), december).actions()).isEqualTo(1);
        List<PublishedEvent> august = BilanEvents.validated("b", "nice", "stages", LocalDate.of(2011, 8, 29),
                LocalDate.of(2011, 8, 31), TWO, FIGURES);
        assertThat(bilan("nice", ReportingPeriod.schoolYear(2010), august).actions()).isEqualTo(1);
        assertThat(bilan("nice", ReportingPeriod.schoolYear(2011), august).actions()).isZero();
    }

    @Test
    void eachUaiCountsOnceAndFiguresBeyondTheNamedUaisAreAdded() {
        LocalDate day = LocalDate.of(2011, 3, 14);
        List<PublishedEvent> history = new ArrayList<>();
        history.addAll(BilanEvents.validated("a", "nice", "stages", day, day, TWO, FIGURES));
        history.addAll(BilanEvents.validated("b", "nice", "ict", day, day,
                new ActionPartners(List.of("0130002B"), List.of(), List.of()), FIGURES));
        Bilan bilan = bilan("nice", Y2011, history);
        assertThat(bilan.etablissementsIdentified()).isEqualTo(2);
        assertThat(bilan.etablissements()).as("0130002B once, a's third, b's two unnamed").isEqualTo(2 + 1 + 2);
        assertThat(bilan.girls()).isEqualTo(80);
        assertThat(bilan.youngPeople()).isEqualTo(180);
        assertThat(bilan.staff()).isEqualTo(20);
    }

    @Test
    void theNationalBilanIsNotTheSumOfTheAcademies() {
        LocalDate day = LocalDate.of(2011, 3, 14);
        List<PublishedEvent> history = new ArrayList<>();
        history.addAll(BilanEvents.validated("lyon-1", "lyon", "stages", day, day, TWO, FIGURES));
        history.addAll(BilanEvents.validated("nice-1", "nice", "stages", day, day, TWO, FIGURES));
        history.addAll(BilanEvents.validated("dgesco-1", null, "entrepreneurship", day, day, ActionPartners.NONE,
                new ActionFigures(0, 1, 1, 0, 0, 5, 0)));
        Bilan national = bilan(null, Y2011, history);
        Bilan lyon = bilan("lyon", Y2011, history);
        Bilan nice = bilan("nice", Y2011, history);
        assertThat(national.actions()).isEqualTo(3).isNotEqualTo(lyon.actions() + nice.actions());
        assertThat(national.nationalActions()).isEqualTo(1);
        assertThat(national.etablissements()).as("the two UAIs shared by Lyon and Nice once, and their third each")
                .isEqualTo(2 + 1 + 1).isLessThan(lyon.etablissements() + nice.etablissements());
        assertThat(national.academiesReported()).containsExactly("lyon", "nice");
        assertThat(national.companies()).isEqualTo(2 + 2 + 5);
        assertThat(lyon.nationalActions()).isZero();
    }

    @Test
    void monthsAreExactProRataAndAnIpeCountsOnceHoweverManyMissions() {
        List<MissionActivity> activities = List.of(
                activity("m1", "ipe-1", "lyon", LocalDate.of(2006, 9, 1), LocalDate.of(2009, 8, 31)),
                activity("m2", "ipe-2", "lyon", LocalDate.of(2007, 9, 7), LocalDate.of(2008, 8, 31)),
                activity("m3", "ipe-2", "lyon", LocalDate.of(2007, 1, 1), LocalDate.of(2007, 6, 30)),
                activity("m4", "ipe-3", null, LocalDate.of(2007, 1, 1), LocalDate.of(2007, 12, 31)));
        Bilan lyon = BilanCount.of(ReportingPeriod.civilYear(2007), "lyon", List.of(), activities);
        assertThat(lyon.ipeHeadcount()).isEqualTo(2);
        // 12 + (24 days of 30 in September, then 3 months) + 6 = 21.8
        assertThat(lyon.monthsOfActivity()).isEqualByComparingTo("21.8");
        Bilan national = BilanCount.of(ReportingPeriod.civilYear(2007), null, List.of(), activities);
        assertThat(national.ipeHeadcount()).as("the DGESCO's IPE too").isEqualTo(3);
        assertThat(national.monthsOfActivity()).isEqualByComparingTo("33.8");
        assertThat(national.ipeFullTimeEquivalent()).isEqualByComparingTo("2.8");
    }

    @Test
    void anEarlyEndShortensTheMonths() {
        DelegationSigned signed = new DelegationSigned("m1", "need-1", "ipe-1", "55208131766522", "lyon", null,
                LocalDate.of(2007, 1, 1), LocalDate.of(2009, 12, 31), LocalDate.of(2006, 11, 1));
        MissionActivity running = MissionActivity.after(null, signed);
        MissionActivity ended = MissionActivity.after(running, new MissionEnded("m1", "ipe-1", "lyon",
                LocalDate.of(2007, 3, 31), true, "back to the company"));
        assertThat(BilanCount.of(ReportingPeriod.civilYear(2007), "lyon", List.of(), List.of(ended))
                .monthsOfActivity()).isEqualByComparingTo("3.0");
        assertThat(BilanCount.ofActivity(ended).minus(BilanCount.ofActivity(running)).keys())
                .as("what the end moves: 2007's remaining months and the later years").contains("lyon/2008");
    }

    @Test
    void theTableOf2007AddsUpToTheSourcesFigures() {
        List<PublishedEvent> history = new ArrayList<>();
        for (int i = 0; i < Bilan2007.ACTIONS; i++) {
            history.addAll(Bilan2007.action("a", i));
        }
        List<MissionActivity> activities = Bilan2007.missions("m").stream()
                .map(signed -> MissionActivity.after(null, signed)).toList();
        Bilan bilan = BilanCount.of(ReportingPeriod.civilYear(2007), null, counted(history), activities);
        assertThat(bilan.actions()).isEqualTo(2008);
        assertThat(bilan.etablissements()).isEqualTo(6025);
        assertThat(bilan.youngPeople()).isEqualTo(222_471);
        assertThat(bilan.girls()).isEqualTo(105_607);
        assertThat(bilan.staff()).isEqualTo(30_974);
        assertThat(bilan.companies()).isEqualTo(3_533);
        assertThat(bilan.professionalOrganisations()).isEqualTo(444);
        assertThat(bilan.monthsOfActivity()).isEqualByComparingTo("639.8");
        assertThat(bilan.ipeFullTimeEquivalentRounded()).isEqualTo(53);
        Map<String, Long> byTheme = new LinkedHashMap<>();
        bilan.actionsByTheme().forEach(line -> byTheme.put(line.theme(), line.actions()));
        Bilan2007.THEMES.forEach((theme, count) -> assertThat(byTheme.get(theme)).as(theme).isEqualTo((long) count));
    }

    @Test
    void replacingAFactsContributionMovesTheTotalsByTheDifference() {
        LocalDate day = LocalDate.of(2011, 3, 14);
        ActionState validated = fold(BilanEvents.validated("a", "nice", "stages", day, day, TWO, FIGURES));
        Contribution before = BilanCount.ofAction("nice", validated.counted());
        Contribution after = BilanCount.ofAction("nice", null);
        Contribution delta = after.minus(before);
        assertThat(delta.of("nice/2011").get("girls")).isEqualTo(-40);
        assertThat(delta.of("national/2010-2011").get("uai#0130001A")).isEqualTo(-1);
        assertThat(before.plus(delta).isEmpty()).isTrue();
    }

    private static MissionActivity activity(String mission, String ipe, String academie, LocalDate first,
                                            LocalDate last) {
        return new MissionActivity(mission, ipe, academie, first, last);
    }

    private static Bilan bilan(String academie, ReportingPeriod period, List<PublishedEvent> history) {
        return BilanCount.of(period, academie, counted(history), List.of());
    }

    /** Each action's state after its events (folded by the lifecycle action-service uses), as the bilan counts it. */
    private static List<CountedActionOf> counted(List<PublishedEvent> history) {
        Map<String, List<PublishedEvent>> byAction = new LinkedHashMap<>();
        history.forEach(event -> byAction.computeIfAbsent(event.aggregateId(), id -> new ArrayList<>()).add(event));
        return byAction.values().stream().map(BilanCountTest::fold)
                .map(state -> new CountedActionOf(state.academie(), state.counted())).toList();
    }

    private static ActionState fold(List<PublishedEvent> events) {
        ActionState state = null;
        for (PublishedEvent event : events) {
            state = ActionLifecycle.after(state, (ActionEvent) event);
        }
        return state;
    }

    private static long theme(Bilan bilan, String theme) {
        return bilan.actionsByTheme().stream().filter(line -> line.theme().equals(theme))
                .mapToLong(Bilan.ThemeLine::actions).sum();
    }
}
