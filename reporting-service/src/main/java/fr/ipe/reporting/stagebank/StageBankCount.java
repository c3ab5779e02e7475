package fr.ipe.reporting.stagebank;

import fr.ipe.contracts.period.ReportingPeriod;
import fr.ipe.contracts.stage.StageWeek;
import fr.ipe.platform.views.Contribution;
import fr.ipe.platform.views.Totals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stage bank's counting rules, pure over typed facts: what an offer (with the placements made on it) and a need add
 * to the figures of its académie for each civil and school year, and the figures from those sums. A week belongs to the
 * period its Monday falls in; an offer, a placement or a need counts in a period when one of its weeks does, and its
 * place-weeks only for those weeks. Withdrawn offers are counted apart; cancelled placements not at all; a need is
 * unmet for the pupils the bank has not placed (on any offer) while it is open.
 */
public final class StageBankCount {

    static final String OFFERS = "offers";
    static final String OFFERS_WITHDRAWN = "offersWithdrawn";
    static final String PLACE_WEEKS_OFFERED = "placeWeeksOffered";
    static final String PLACEMENTS = "placements";
    static final String PLACES_PLACED = "placesPlaced";
    static final String PLACE_WEEKS_PLACED = "placeWeeksPlaced";
    static final String PRIORITY_PLACES_PLACED = "priorityPlacesPlaced";
    static final String NEEDS = "needs";
    static final String PUPILS_IN_NEED = "pupilsInNeed";
    static final String UNMET_NEEDS = "unmetNeeds";
    static final String UNMET_PUPILS = "unmetPupils";

    private StageBankCount() {
    }

    /** An offer of an académie: its places in each of its weeks, whether withdrawn, and the placements made on it. */
    public record Offer(String academie, int placesPerWeek, List<String> weeks, boolean withdrawn,
                        List<Placement> placements) {
    }

    /** A placement of {@code places} pupils in each of {@code weeks}; a cancelled one counts nowhere. */
    public record Placement(String needId, int places, List<String> weeks, boolean priority, boolean cancelled) {
    }

    /** A need for {@code pupils} pupils in {@code weeks}, and the pupils the bank placed for it, on any offer. */
    public record Need(String academie, int pupils, List<String> weeks, boolean open, long placed) {
    }

    /** The key of the figures of {@code academie} for {@code period}. */
    public static String key(String academie, ReportingPeriod period) {
        return academie + "/" + period.label();
    }

    public static Contribution ofOffer(Offer offer) {
        Contribution.Builder adds = Contribution.builder();
        weeksByPeriod(offer.weeks()).forEach((period, weeks) -> {
            String key = key(offer.academie(), period);
            if (offer.withdrawn()) {
                adds.add(key, OFFERS_WITHDRAWN, 1);
            } else {
                adds.add(key, OFFERS, 1).add(key, PLACE_WEEKS_OFFERED, (long) weeks * offer.placesPerWeek());
            }
        });
        for (Placement placement : offer.placements()) {
            if (!placement.cancelled()) {
                weeksByPeriod(placement.weeks()).forEach((period, weeks) -> {
                    String key = key(offer.academie(), period);
                    adds.add(key, PLACEMENTS, 1).add(key, PLACES_PLACED, placement.places())
                            .add(key, PLACE_WEEKS_PLACED, (long) weeks * placement.places());
                    if (placement.priority()) {
                        adds.add(key, PRIORITY_PLACES_PLACED, placement.places());
                    }
                });
            }
        }
        return adds.build();
    }

    public static Contribution ofNeed(Need need) {
        Contribution.Builder adds = Contribution.builder();
        long unmet = Math.max(0, need.pupils() - need.placed());
        weeksByPeriod(need.weeks()).forEach((period, weeks) -> {
            String key = key(need.academie(), period);
            adds.add(key, NEEDS, 1).add(key, PUPILS_IN_NEED, need.pupils());
            if (need.open() && unmet > 0) {
                adds.add(key, UNMET_NEEDS, 1).add(key, UNMET_PUPILS, unmet);
            }
        });
        return adds.build();
    }

    /** The figures of {@code academie} for {@code period}, from every offer and need: what the view keeps summed. */
    public static StageBankFigures of(String academie, ReportingPeriod period, List<Offer> offers, List<Need> needs) {
        List<Contribution> contributions = new ArrayList<>();
        offers.forEach(offer -> contributions.add(ofOffer(offer)));
        needs.forEach(need -> contributions.add(ofNeed(need)));
        return StageBankFigures.of(academie, period, Totals.of(key(academie, period), contributions));
    }

    /** The periods {@code weeks} count in (civil and school year of each Monday), with how many weeks in each. */
    private static Map<ReportingPeriod, Integer> weeksByPeriod(List<String> weeks) {
        Map<ReportingPeriod, Integer> byPeriod = new LinkedHashMap<>();
        for (String week : weeks) {
            for (ReportingPeriod period : ReportingPeriod.containing(StageWeek.parse(week).monday())) {
                byPeriod.merge(period, 1, Integer::sum);
            }
        }
        return byPeriod;
    }
}
