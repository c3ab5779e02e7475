package fr.ipe.reporting.bilan;

import java.math.BigDecimal;
import java.util.List;

/**
 * A quantitative bilan, line by line as the 2007 national table: of an académie, or national ({@code academie} null:
 * the académies' and the national level's actions and IPE together), for a civil or a school year.
 * <p>
 * IPE: {@code ipeHeadcount} is the number of distinct IPE active during the period; {@code ipeFullTimeEquivalent} is
 * months / 12 (one decimal), and {@code ipeFullTimeEquivalentRounded} the whole number the 2007 table printed as "IPE"
 * (639.8 months / 12 = 53.3, printed 53; 53 × 12 = 636 cannot give 639.8, so months are the primary figure).
 * Établissements: distinct UAIs named by the counted actions, plus, for each action, the établissements its figure
 * counts beyond the UAIs it names (those cannot be told apart, so they are added as reported).
 */
public record Bilan(
        String academie,
        String period,
        String periodKind,
        long ipeHeadcount,
        BigDecimal ipeFullTimeEquivalent,
        long ipeFullTimeEquivalentRounded,
        BigDecimal monthsOfActivity,
        long actions,
        long nationalActions,
        List<ThemeLine> actionsByTheme,
        long etablissements,
        long etablissementsIdentified,
        long youngPeople,
        long girls,
        long boys,
        long staff,
        long staffWomen,
        long staffMen,
        long companies,
        long professionalOrganisations,
        List<String> academiesReported) {

    /** Actions of one theme of a versioned set (see {@code GET /api/actions/themes}). */
    public record ThemeLine(String themeSet, String theme, String label, long actions) {
    }

    public boolean isNational() {
        return academie == null;
    }
}
