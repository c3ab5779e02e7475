package fr.ipe.reporting.query;

import fr.ipe.contracts.action.ActionThemes;
import fr.ipe.contracts.action.ActionThemes.Theme;
import fr.ipe.contracts.action.ActionThemes.ThemeSet;
import fr.ipe.contracts.mission.ActivityMonths;
import fr.ipe.contracts.period.ReportingPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Derives a {@link Bilan} from the facts of {@link BilanFacts}, on every read: the actions the bilan counts (their
 * state at their last validation, in the periods of their last day) and the missions' activity, counted with
 * {@link ActivityMonths} in exact units. Nothing is added incrementally, so nothing can be added twice.
 */
@Component
public class BilanCalculation {

    private final BilanFacts facts;

    public BilanCalculation(BilanFacts facts) {
        this.facts = facts;
    }

    /** The bilan of {@code academie} (null: national) for {@code period}. */
    public Bilan bilan(String academie, ReportingPeriod period) {
        List<Document> actions = facts.countedActions(academie, period);
        long units = 0;
        Set<String> ipe = new HashSet<>();
        for (Document mission : facts.missionsWithin(academie, period)) {
            long within = MissionFactsProjection.activity(mission).unitsWithin(period);
            if (within > 0) {
                units += within;
                ipe.add(mission.getString("ipeId"));
            }
        }
        Map<String, Long> byTheme = new LinkedHashMap<>();
        Set<String> uais = new HashSet<>();
        Set<String> academies = new TreeSet<>();
        long unnamedEtablissements = 0;
        long nationalActions = 0;
        long[] sums = new long[6];
        for (Document action : actions) {
            Document counted = action.get("counted", Document.class);
            Document figures = counted.get("figures", Document.class);
            List<String> named = counted.get("partners", Document.class).getList("etablissementUais", String.class);
            uais.addAll(named);
            unnamedEtablissements += Math.max(0, figures.get("etablissements", Number.class).longValue() - named.size());
            byTheme.merge(counted.getString("theme"), 1L, Long::sum);
            String of = action.getString("academie");
            if (of == null) {
                nationalActions++;
            } else {
                academies.add(of);
            }
            String[] lines = {"girls", "boys", "staffWomen", "staffMen", "companies", "professionalOrganisations"};
            for (int i = 0; i < lines.length; i++) {
                sums[i] += figures.get(lines[i], Number.class).longValue();
            }
        }
        return new Bilan(academie, period.label(), period.kind().name(), ipe.size(),
                ActivityMonths.fullTimeEquivalent(units, 1), ActivityMonths.fullTimeEquivalent(units, 0).longValueExact(), ActivityMonths.months(units, 1),
                actions.size(), nationalActions, themeLines(period, byTheme), uais.size() + unnamedEtablissements,
                uais.size(), sums[0] + sums[1], sums[0], sums[1], sums[2] + sums[3], sums[2], sums[3], sums[4],
                sums[5], List.copyOf(academies));
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
