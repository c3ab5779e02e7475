package fr.ipe.mission.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.ipe.contracts.mission.ActivityMonths;
import fr.ipe.contracts.mission.MissionActivity;
import fr.ipe.contracts.period.ReportingPeriod;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Months of activity over a period (a civil year or a school year), per académie, at the national level (the DGESCO)
 * and in all: pro rata by days, summed exactly by {@link ActivityMonths#total} as the bilan sums them, shown to one
 * decimal; the full-time equivalent is months / 12. {@code ipe} counts the IPE active on at least one day of the
 * period. The report of one académie ({@link #ofAcademie}) has its line only: {@code national} and {@code total} are
 * left out (absent), never given as figures they are not.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActivityReport(String period, ReportingPeriod.Kind kind, List<Line> academies,
                             @Schema(description = "The DGESCO's missions; absent from a rectorat's report") Line national,
                             @Schema(description = "Every académie and the national level; absent from a rectorat's "
                                     + "report") Line total) {

    /** One académie's line ({@code academie} null for the national level). */
    public record Line(String academie, int ipe, BigDecimal months, BigDecimal fullTimeEquivalent) {

        static Line of(String academie, Collection<MissionActivity> activities, ReportingPeriod period) {
            ActivityMonths.Total total = ActivityMonths.total(period, activities);
            return new Line(academie, Math.toIntExact(total.ipe()), total.months(), total.fullTimeEquivalent());
        }
    }

    public static ActivityReport of(ReportingPeriod period, List<MissionActivity> activities) {
        List<MissionActivity> within = activities.stream()
                .filter(a -> period.overlaps(a.firstDay(), a.lastDay())).toList();
        Map<String, List<MissionActivity>> byAcademie = new TreeMap<>();
        List<MissionActivity> national = new ArrayList<>();
        for (MissionActivity activity : within) {
            if (activity.isNational()) {
                national.add(activity);
            } else {
                byAcademie.computeIfAbsent(activity.academie(), key -> new ArrayList<>()).add(activity);
            }
        }
        List<Line> lines = byAcademie.entrySet().stream().map(e -> Line.of(e.getKey(), e.getValue(), period))
                .sorted(Comparator.comparing(Line::academie)).toList();
        return new ActivityReport(period.label(), period.kind(), lines, Line.of(null, national, period),
                Line.of(null, within, period));
    }

    /**
     * The report a rectorat reads: its own académie's line (zero when it had no IPE in the period), without the national
     * line and the total, which it may not see.
     */
    public static ActivityReport ofAcademie(ReportingPeriod period, List<MissionActivity> activities, String academie) {
        ActivityReport all = of(period, activities.stream().filter(a -> academie.equals(a.academie())).toList());
        return new ActivityReport(all.period(), all.kind(), List.of(all.academie(academie)), null, null);
    }

    /** The line of one académie (zero when it had no IPE in the period). */
    public Line academie(String academie) {
        return academies.stream().filter(line -> line.academie().equals(academie)).findFirst()
                .orElse(new Line(academie, 0, BigDecimal.ZERO.setScale(1), BigDecimal.ZERO.setScale(1)));
    }
}
