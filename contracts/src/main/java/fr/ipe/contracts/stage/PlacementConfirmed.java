package fr.ipe.contracts.stage;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/** The company and the établissement confirmed the placement. */
@EventContract(type = "fr.ipe.stage.PlacementConfirmed.v1", topic = Topics.STAGES)
public record PlacementConfirmed(
        String offerId,
        String placementId,
        String needId,
        String academie,
        LocalDate confirmedOn) implements StageBankEvent {

    @Override
    public String aggregateId() {
        return offerId;
    }
}
