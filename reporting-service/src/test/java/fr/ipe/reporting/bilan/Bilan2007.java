package fr.ipe.reporting.bilan;

import fr.ipe.contracts.PublishedEvent;
import fr.ipe.contracts.action.ActionFigures;
import fr.ipe.contracts.action.ActionPartners;
import fr.ipe.contracts.mission.DelegationSigned;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Events whose validated actions and missions add up to the 2007 national quantitative bilan: 2 008 actions (40 of
 * them at the national level) on the fourteen themes with their counts, 6 025 établissements (the first 100 actions
 * name a UAI they share, which counts once), 222 471 young people (105 607 girls, 116 864 boys), 30 974 teachers and
 * staff (11 091 women, 19 883 men), 3 533 companies, 444 professional organisations; missions of 56 IPE totalling
 * 639.8 months in 2007 (52 all year, 3 from September, one from 7 September: 624 + 12 + 3.8).
 */
final class Bilan2007 {

    static final Map<String, Integer> THEMES = new LinkedHashMap<>();

    static {
        THEMES.put("stages", 175);
        THEMES.put("trades-information", 245);
        THEMES.put("decouverte-professionnelle", 200);
        THEMES.put("post-bac", 76);
        THEMES.put("job-search-insertion", 63);
        THEMES.put("entrepreneurship", 214);
        THEMES.put("partnership-conventions", 228);
        THEMES.put("local-actors", 188);
        THEMES.put("technology-cooperation", 144);
        THEMES.put("lycees-des-metiers", 88);
        THEMES.put("apprenticeship", 89);
        THEMES.put("mutual-information", 44);
        THEMES.put("ict", 61);
        THEMES.put("other", 193);
    }

    static final List<String> ACADEMIES = List.of("aix-marseille", "amiens", "besancon", "bordeaux", "caen",
            "clermont-ferrand", "creteil", "dijon", "grenoble", "lille", "limoges", "lyon", "montpellier", "nancy-metz",
            "nantes", "nice", "orleans-tours", "paris", "poitiers", "reims", "rennes", "rouen", "strasbourg",
            "toulouse");
    static final int ACTIONS = 2008;
    static final int NATIONAL_ACTIONS = 40;
    static final int SHARING_UAI = 100;
    static final String SHARED_UAI = "0750001A";

    private Bilan2007() {
    }

    /** {@code total} spread over {@code n} parts as evenly as whole numbers allow: part {@code i}. */
    static long share(long total, int n, int i) {
        return total / n + (i < total % n ? 1 : 0);
    }

    /** The {@code i}-th action's académie; null for the national ones (entrepreneurship, at the DGESCO). */
    static String academie(int i) {
        return i >= 680 && i < 680 + NATIONAL_ACTIONS ? null : ACADEMIES.get(i % ACADEMIES.size());
    }

    static String theme(int i) {
        int seen = 0;
        for (Map.Entry<String, Integer> theme : THEMES.entrySet()) {
            seen += theme.getValue();
            if (i < seen) {
                return theme.getKey();
            }
        }
        throw new IllegalArgumentException("action " + i);
    }

    static ActionPartners partners(int i) {
        if (i >= SHARING_UAI) {
            return ActionPartners.NONE;
        }
        return new ActionPartners(List.of(String.format("%07dB", 6_900_000 + i), SHARED_UAI), List.of(), List.of());
    }

    /** The shared UAI is named 100 times and counts once: the figures add up to 6 025 + 99. */
    static ActionFigures figures(int i) {
        return new ActionFigures(share(6025 + SHARING_UAI - 1, ACTIONS, i), share(105_607, ACTIONS, i),
                share(116_864, ACTIONS, i), share(11_091, ACTIONS, i), share(19_883, ACTIONS, i),
                share(3_533, ACTIONS, i), share(444, ACTIONS, i));
    }

    static LocalDate firstDay(int i) {
        return LocalDate.of(2007, 1, 8).plusDays(i % 300);
    }

    static List<PublishedEvent> action(String prefix, int i) {
        return BilanEvents.validated(prefix + "-" + i, academie(i), theme(i), firstDay(i), firstDay(i).plusDays(2),
                partners(i), figures(i));
    }

    /** 56 missions: 52 over all of 2007 (one at the DGESCO), three from 1 September, one from 7 September. */
    static List<DelegationSigned> missions(String prefix) {
        List<DelegationSigned> missions = new ArrayList<>();
        for (int i = 0; i < 56; i++) {
            LocalDate start = i < 52 ? LocalDate.of(2006, 9, 1) : i < 55 ? LocalDate.of(2007, 9, 1)
                    : LocalDate.of(2007, 9, 7);
            String academie = i == 0 ? null : ACADEMIES.get(i % ACADEMIES.size());
            missions.add(new DelegationSigned(prefix + "-mission-" + i, "need-" + i, prefix + "-ipe-" + i,
                    "55208131766522", academie, null, start, LocalDate.of(2009, 8, 31), start.minusMonths(2)));
        }
        return missions;
    }
}
