package fr.ipe.contracts.stage;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/** Every week of the offer has begun: it is no longer proposed. */
@EventContract(type = "fr.ipe.stage.StageOfferExpired.v1", topic = Topics.STAGES)
public record StageOfferExpired(
        String offerId,
        String academie,
        LocalDate expiredOn) implements StageBankEvent {

    @Override
    public String aggregateId() {
        return offerId;
    }
}
