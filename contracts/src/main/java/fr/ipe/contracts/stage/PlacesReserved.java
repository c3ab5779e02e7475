package fr.ipe.contracts.stage;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code places} places of the offer were reserved in each of {@code weeks} for the need {@code needId} of
 * établissement {@code uai}; {@code priorityEtablissement} says whether it was a priority of the bank at that time.
 * Counts only: no pupil is named.
 */
@EventContract(type = "fr.ipe.stage.PlacesReserved.v1", topic = Topics.STAGES)
public record PlacesReserved(
        String offerId,
        String placementId,
        String needId,
        String academie,
        String uai,
        boolean priorityEtablissement,
        StageLevel level,
        int places,
        List<String> weeks,
        LocalDate reservedOn) implements StageBankEvent {

    @Override
    public String aggregateId() {
        return offerId;
    }
}
