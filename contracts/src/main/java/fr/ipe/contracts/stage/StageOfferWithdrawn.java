package fr.ipe.contracts.stage;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/** The offer was withdrawn: its free places are no longer proposed (reserved placements stay). */
@EventContract(type = "fr.ipe.stage.StageOfferWithdrawn.v1", topic = Topics.STAGES)
public record StageOfferWithdrawn(
        String offerId,
        String academie,
        LocalDate withdrawnOn,
        String reason) implements StageBankEvent {

    @Override
    public String aggregateId() {
        return offerId;
    }
}
