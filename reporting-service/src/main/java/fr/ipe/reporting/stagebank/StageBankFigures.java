package fr.ipe.reporting.stagebank;

import static fr.ipe.reporting.stagebank.StageBankCount.NEEDS;
import static fr.ipe.reporting.stagebank.StageBankCount.OFFERS;
import static fr.ipe.reporting.stagebank.StageBankCount.OFFERS_WITHDRAWN;
import static fr.ipe.reporting.stagebank.StageBankCount.PLACEMENTS;
import static fr.ipe.reporting.stagebank.StageBankCount.PLACES_PLACED;
import static fr.ipe.reporting.stagebank.StageBankCount.PLACE_WEEKS_OFFERED;
import static fr.ipe.reporting.stagebank.StageBankCount.PLACE_WEEKS_PLACED;
import static fr.ipe.reporting.stagebank.StageBankCount.PRIORITY_PLACES_PLACED;
import static fr.ipe.reporting.stagebank.StageBankCount.PUPILS_IN_NEED;
import static fr.ipe.reporting.stagebank.StageBankCount.UNMET_NEEDS;
import static fr.ipe.reporting.stagebank.StageBankCount.UNMET_PUPILS;

import fr.ipe.contracts.period.ReportingPeriod;
import fr.ipe.platform.views.Totals;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The stage bank's figures of an académie for a period ({@link StageBankCount} says how each is counted).
 *
 * @param offers offers published with a week in the period (withdrawn ones excluded)
 * @param offersWithdrawn offers withdrawn, with a week in the period
 * @param placeWeeksOffered places × weeks offered in the period
 * @param placements placements (reserved or confirmed) with a week in the period
 * @param placesPlaced pupils placed by those placements
 * @param placeWeeksPlaced places × weeks placed in the period
 * @param priorityPlacesPlaced pupils placed for priority établissements
 * @param priorityShare priorityPlacesPlaced / placesPlaced, in percent to one decimal (null when nothing was placed)
 * @param needs needs stated with a week in the period
 * @param pupilsInNeed pupils those needs asked places for
 * @param unmetNeeds open needs with pupils still to place
 * @param unmetPupils pupils of open needs the bank has not placed
 */
public record StageBankFigures(String academie, String period, int offers, int offersWithdrawn,
                               long placeWeeksOffered, int placements, long placesPlaced, long placeWeeksPlaced,
                               long priorityPlacesPlaced, BigDecimal priorityShare, int needs, long pupilsInNeed,
                               int unmetNeeds, long unmetPupils) {

    static StageBankFigures of(String academie, ReportingPeriod period, Totals totals) {
        long placed = totals.counter(PLACES_PLACED);
        long priority = totals.counter(PRIORITY_PLACES_PLACED);
        BigDecimal share = placed == 0 ? null : BigDecimal.valueOf(priority * 100)
                .divide(BigDecimal.valueOf(placed), 1, RoundingMode.HALF_UP);
        return new StageBankFigures(academie, period.label(), (int) totals.counter(OFFERS),
                (int) totals.counter(OFFERS_WITHDRAWN), totals.counter(PLACE_WEEKS_OFFERED),
                (int) totals.counter(PLACEMENTS), placed, totals.counter(PLACE_WEEKS_PLACED), priority, share,
                (int) totals.counter(NEEDS), totals.counter(PUPILS_IN_NEED), (int) totals.counter(UNMET_NEEDS),
                totals.counter(UNMET_PUPILS));
    }
}
