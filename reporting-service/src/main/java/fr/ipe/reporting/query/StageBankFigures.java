package fr.ipe.reporting.query;

import fr.ipe.contracts.period.ReportingPeriod;
import fr.ipe.contracts.stage.StageWeek;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * The stage bank's figures of an académie for a period, from the facts of {@link StageBankProjection}. A week belongs
 * to the period its Monday falls in ({@link StageWeek#monday()}); an offer, a placement or a need counts in a period
 * when one of its weeks does, and its place-weeks only for those weeks. Withdrawn offers are counted apart; cancelled
 * placements not at all; a need is unmet for the pupils the bank has not placed while it is open (a closed need was
 * met elsewhere or dropped).
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

    public static StageBankFigures of(String academie, ReportingPeriod period, List<Document> facts) {
        int offers = 0;
        int withdrawn = 0;
        long placeWeeksOffered = 0;
        int placements = 0;
        long placesPlaced = 0;
        long placeWeeksPlaced = 0;
        long priorityPlaces = 0;
        Map<String, Long> placedByNeed = new HashMap<>();
        for (Document fact : facts) {
            if (!"offer".equals(fact.getString("kind"))) {
                continue;
            }
            long weeksIn = weeksIn(fact.getList("weeks", String.class), period);
            if (weeksIn > 0) {
                if ("WITHDRAWN".equals(fact.getString("status"))) {
                    withdrawn++;
                } else {
                    offers++;
                    placeWeeksOffered += weeksIn * fact.getInteger("placesPerWeek", 0);
                }
            }
            for (Object value : fact.get("placements", new Document()).values()) {
                Document placement = (Document) value;
                if ("CANCELLED".equals(placement.getString("status"))) {
                    continue;
                }
                int places = placement.getInteger("places", 0);
                placedByNeed.merge(placement.getString("needId"), (long) places, Long::sum);
                long placedWeeks = weeksIn(placement.getList("weeks", String.class), period);
                if (placedWeeks > 0) {
                    placements++;
                    placesPlaced += places;
                    placeWeeksPlaced += placedWeeks * places;
                    if (placement.getBoolean("priority", false)) {
                        priorityPlaces += places;
                    }
                }
            }
        }
        int needs = 0;
        long pupils = 0;
        int unmetNeeds = 0;
        long unmetPupils = 0;
        for (Document fact : facts) {
            if (!"need".equals(fact.getString("kind")) || weeksIn(fact.getList("weeks", String.class), period) == 0) {
                continue;
            }
            needs++;
            int asked = fact.getInteger("pupils", 0);
            pupils += asked;
            long unmet = Math.max(0, asked - placedByNeed.getOrDefault(fact.getString("_id"), 0L));
            if ("OPEN".equals(fact.getString("status")) && unmet > 0) {
                unmetNeeds++;
                unmetPupils += unmet;
            }
        }
        BigDecimal share = placesPlaced == 0 ? null : BigDecimal.valueOf(priorityPlaces * 100)
                .divide(BigDecimal.valueOf(placesPlaced), 1, RoundingMode.HALF_UP);
        return new StageBankFigures(academie, period.label(), offers, withdrawn, placeWeeksOffered, placements,
                placesPlaced, placeWeeksPlaced, priorityPlaces, share, needs, pupils, unmetNeeds, unmetPupils);
    }

    private static long weeksIn(List<String> weeks, ReportingPeriod period) {
        return weeks == null ? 0 : weeks.stream().filter(w -> period.contains(StageWeek.parse(w).monday())).count();
    }
}
