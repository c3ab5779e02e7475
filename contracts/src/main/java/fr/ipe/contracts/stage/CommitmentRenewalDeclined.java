package fr.ipe.contracts.stage;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/**
 * The company declined to renew its commitment for the school year, for the reason recorded (after a bad experience,
 * it may not renew).
 */
@EventContract(type = "fr.ipe.stage.CommitmentRenewalDeclined.v1", topic = Topics.STAGES)
public record CommitmentRenewalDeclined(
        String commitmentId,
        String academie,
        String schoolYear,
        String reason,
        LocalDate declinedOn) implements StageBankEvent {

    @Override
    public String aggregateId() {
        return commitmentId;
    }
}
