package fr.ipe.reporting.bilan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A bilan beside the one of the year before (the sources report "+16 % on 2006"): each line with both figures and the
 * change in percent, one decimal (null when the earlier figure is 0).
 */
public record BilanComparison(String academie, String period, String previousPeriod, List<Line> lines) {

    public record Line(String line, BigDecimal previous, BigDecimal current, BigDecimal changePercent) {
    }

    public static BilanComparison of(Bilan previous, Bilan current) {
        return new BilanComparison(current.academie(), current.period(), previous.period(), List.of(
                line("ipeFullTimeEquivalent", previous.ipeFullTimeEquivalent(), current.ipeFullTimeEquivalent()),
                line("monthsOfActivity", previous.monthsOfActivity(), current.monthsOfActivity()),
                line("actions", previous.actions(), current.actions()),
                line("etablissements", previous.etablissements(), current.etablissements()),
                line("youngPeople", previous.youngPeople(), current.youngPeople()),
                line("staff", previous.staff(), current.staff()),
                line("companies", previous.companies(), current.companies()),
                line("professionalOrganisations", previous.professionalOrganisations(),
                        current.professionalOrganisations())));
    }

    private static Line line(String name, long previous, long current) {
        return line(name, BigDecimal.valueOf(previous), BigDecimal.valueOf(current));
    }

    private static Line line(String name, BigDecimal previous, BigDecimal current) {
        BigDecimal change = previous.signum() == 0 ? null : current.subtract(previous).multiply(BigDecimal.valueOf(100))
                .divide(previous, 1, RoundingMode.HALF_UP);
        return new Line(name, previous, current, change);
    }
}
