package fr.ipe.contracts.stage;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/**
 * The établissement closed its need (met by the bank or by its own search, or no longer current): it is no longer
 * matched.
 */
@EventContract(type = "fr.ipe.stage.StageNeedClosed.v1", topic = Topics.STAGES)
public record StageNeedClosed(
        String needId,
        String academie,
        LocalDate closedOn,
        String reason) implements StageBankEvent {

    @Override
    public String aggregateId() {
        return needId;
    }
}
