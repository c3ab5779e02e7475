package fr.ipe.reporting.bilan;

import fr.ipe.contracts.action.ActionFigures;
import fr.ipe.contracts.action.ActionThemes;
import fr.ipe.contracts.action.ActionThemes.Theme;
import fr.ipe.contracts.action.ActionThemes.ThemeSet;
import fr.ipe.contracts.action.CountedAction;
import fr.ipe.contracts.mission.ActivityMonths;
import fr.ipe.contracts.mission.MissionActivity;
import fr.ipe.contracts.period.ReportingPeriod;
import fr.ipe.platform.views.Contribution;
import fr.ipe.platform.views.Totals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bilan's counting rules, as pure functions over typed facts: what one counted action and one mission's activity
 * add to the bilans they count in, and a {@link Bilan} from what a key's facts add up to. The live view keeps these
 * sums per key as facts change (a correction replaces an action's contribution, a cancellation removes it), so a bilan
 * costs one read whatever the number of actions; {@link #of} computes the same from a list of facts.
 * <ul>
 * <li>An action counts as it stood at its last validation, whole, in the civil and school year of its last day, in
 * its académie's bilan and in the national one; a national action (the DGESCO) in the national one only, so the
 * national bilan is not the sum of the académies'.</li>
 * <li>Établissements: each UAI once per bilan, however many actions name it, plus what each action's figure counts
 * beyond the UAIs it names (those cannot be told apart, so they are added as reported).</li>
 * <li>IPE: the distinct IPE active during the period; months of activity counted exactly in {@link ActivityMonths}
 * units, full-time equivalent = months / 12.</li>
 * </ul>
 */
public final class BilanCount {

    public static final String NATIONAL = "national";
    static final String ACTIONS = "actions";
    static final String NATIONAL_ACTIONS = "nationalActions";
    static final String UNNAMED_ETABLISSEMENTS = "unnamedEtablissements";
    static final String UNITS = "units";
    static final String THEME = "theme";
    static final String UAI = "uai";
    static final String IPE = "ipe";
    static final String ACADEMIE = "academie";
    private static final String[] FIGURES = {"girls", "boys", "staffWomen", "staffMen", "companies",
        "professionalOrganisations"};

    private BilanCount() {
    }

    /** The key of the bilan of {@code academie} (null: national) for {@code period}. */
    public static String key(String academie, ReportingPeriod period) {
        return (academie == null ? NATIONAL : academie) + "/" + period.label();
    }

    /** What an action of {@code academie} (null: national) adds as {@code counted} (null: nothing counts). */
    public static Contribution ofAction(String academie, CountedAction counted) {
        if (counted == null) {
            return Contribution.none();
        }
        Contribution.Builder adds = Contribution.builder();
        ActionFigures figures = counted.figures();
        long[] amounts = {figures.girls(), figures.boys(), figures.staffWomen(), figures.staffMen(),
            figures.companies(), figures.professionalOrganisations()};
        List<String> named = counted.partners().etablissementUais();
        for (String key : keysOf(academie, counted.periods())) {
            adds.add(key, ACTIONS, 1).member(key, THEME, counted.theme());
            if (academie == null) {
                adds.add(key, NATIONAL_ACTIONS, 1);
            } else {
                adds.member(key, ACADEMIE, academie);
            }
            named.forEach(uai -> adds.distinct(key, UAI, uai));
            adds.add(key, UNNAMED_ETABLISSEMENTS, Math.max(0, figures.etablissements() - named.size()));
            for (int i = 0; i < FIGURES.length; i++) {
                adds.add(key, FIGURES[i], amounts[i]);
            }
        }
        return adds.build();
    }

    /** What a mission's activity adds (null: none yet): its months within each period it touches, and its IPE. */
    public static Contribution ofActivity(MissionActivity activity) {
        if (activity == null) {
            return Contribution.none();
        }
        Contribution.Builder adds = Contribution.builder();
        for (ReportingPeriod period : ReportingPeriod.touching(activity.firstDay(), activity.lastDay())) {
            long units = activity.unitsWithin(period);
            if (units > 0) {
                for (String key : keysOf(activity.academie(), List.of(period))) {
                    adds.add(key, UNITS, units).distinct(key, IPE, activity.ipeId());
                }
            }
        }
        return adds.build();
    }

    /** The bilan of {@code academie} (null: national) for {@code period}, from what its facts add up to. */
    public static Bilan bilan(String academie, ReportingPeriod period, Totals totals) {
        long units = totals.counter(UNITS);
        long uais = totals.distinct(UAI);
        long girls = totals.counter("girls");
        long boys = totals.counter("boys");
        long women = totals.counter("staffWomen");
        long men = totals.counter("staffMen");
        return new Bilan(academie, period.label(), period.kind().name(), totals.distinct(IPE),
                ActivityMonths.fullTimeEquivalent(units, 1), ActivityMonths.fullTimeEquivalent(units, 0)
                .longValueExact(), ActivityMonths.months(units, 1), totals.counter(ACTIONS),
                totals.counter(NATIONAL_ACTIONS), themeLines(period, totals.members(THEME)),
                uais + totals.counter(UNNAMED_ETABLISSEMENTS), uais, girls + boys, girls, boys, women + men, women,
                men, totals.counter("companies"), totals.counter("professionalOrganisations"),
                List.copyOf(totals.members(ACADEMIE).keySet()));
    }

    /** An action of an académie (null: national) as the bilan counts it (null: nothing counts). */
    public record CountedActionOf(String academie, CountedAction counted) {
    }

    /** The bilan of {@code academie} (null: national) for {@code period} from every fact: what the views keep summed. */
    public static Bilan of(ReportingPeriod period, String academie, List<CountedActionOf> actions,
                           List<MissionActivity> activities) {
        List<Contribution> contributions = new ArrayList<>();
        actions.forEach(action -> contributions.add(ofAction(action.academie(), action.counted())));
        activities.forEach(activity -> contributions.add(ofActivity(activity)));
        String key = key(academie, period);
        return bilan(academie, period, Totals.of(key, contributions));
    }

    private static Set<String> keysOf(String academie, List<ReportingPeriod> periods) {
        Set<String> keys = new java.util.LinkedHashSet<>();
        for (ReportingPeriod period : periods) {
            keys.add(key(null, period));
            if (academie != null) {
                keys.add(key(academie, period));
            }
        }
        return keys;
    }

    /** Every theme of the sets in force during the period, in the reference order, then any other theme counted. */
    static List<Bilan.ThemeLine> themeLines(ReportingPeriod period, Map<String, Long> byTheme) {
        List<Bilan.ThemeLine> lines = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (ThemeSet set : ActionThemes.SETS) {
            if (overlaps(set, period)) {
                for (Theme theme : set.themes()) {
                    lines.add(new Bilan.ThemeLine(set.id(), theme.code(), theme.label(),
                            byTheme.getOrDefault(theme.code(), 0L)));
                    listed.add(theme.code());
                }
            }
        }
        byTheme.forEach((code, count) -> {
            if (!listed.contains(code)) {
                ThemeSet set = ActionThemes.SETS.stream().filter(s -> s.theme(code).isPresent()).findFirst().orElse(null);
                lines.add(new Bilan.ThemeLine(set == null ? null : set.id(), code,
                        set == null ? code : set.theme(code).orElseThrow().label(), count));
            }
        });
        return lines;
    }

    private static boolean overlaps(ThemeSet set, ReportingPeriod period) {
        LocalDate end = set.validTo() == null ? LocalDate.MAX : set.validTo();
        return period.overlaps(set.validFrom(), end);
    }
}
