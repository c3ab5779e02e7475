package fr.ipe.contracts.stage;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;
import java.util.List;

/** The placement was cancelled: its places return to the offer. */
@EventContract(type = "fr.ipe.stage.PlacementCancelled.v1", topic = Topics.STAGES)
public record PlacementCancelled(
        String offerId,
        String placementId,
        String needId,
        String academie,
        int places,
        List<String> weeks,
        LocalDate cancelledOn,
        String reason) implements StageBankEvent {

    @Override
    public String aggregateId() {
        return offerId;
    }
}
