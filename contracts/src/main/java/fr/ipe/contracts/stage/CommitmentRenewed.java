package fr.ipe.contracts.stage;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/** The company renewed its commitment for the next school year, with the number of trainees it chooses. */
@EventContract(type = "fr.ipe.stage.CommitmentRenewed.v1", topic = Topics.STAGES)
public record CommitmentRenewed(
        String commitmentId,
        String academie,
        String schoolYear,
        int trainees,
        LocalDate renewedOn) implements StageBankEvent {

    @Override
    public String aggregateId() {
        return commitmentId;
    }
}
