package fr.ipe.stagebank.query;

import fr.ipe.contracts.stage.StageLevel;
import java.time.LocalDate;
import java.util.List;

/** Places of an offer reserved for a need: counts only, no pupil is named. */
public record PlacementView(String placementId, String offerId, String needId, String academie, String uai,
                            boolean priorityEtablissement, StageLevel level, int places, List<String> weeks,
                            Status status, LocalDate reservedOn, LocalDate changedOn) {

    public enum Status { RESERVED, CONFIRMED, CANCELLED }
}
