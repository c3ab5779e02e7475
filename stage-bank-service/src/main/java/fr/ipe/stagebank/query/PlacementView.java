package fr.ipe.stagebank.query;

import fr.ipe.contracts.stage.StageLevel;
import java.time.LocalDate;
import java.util.List;

/**
 * Places of an offer reserved for a need: counts only, no pupil is named. {@code version} is its offer's: the offer is
 * the placement's consistency boundary, so its version is the placement's ETag and what {@code If-Match} names.
 */
public record PlacementView(String placementId, String offerId, String needId, String academie, String uai,
                            boolean priorityEtablissement, StageLevel level, int places, List<String> weeks,
                            Status status, LocalDate reservedOn, LocalDate changedOn, long version) {

    public enum Status { RESERVED, CONFIRMED, CANCELLED }
}
