package fr.ipe.contracts.mission;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/**
 * The recteur (the DGESCO for a national need) selected the candidate {@code ipeId} (annex 1, step 3); one per need.
 */
@EventContract(type = "fr.ipe.mission.CandidatureSelected.v1", topic = Topics.MISSIONS)
public record CandidatureSelected(
        String needId,
        String candidatureId,
        String ipeId,
        String academie,
        LocalDate selectedOn) implements MissionEvent {

    @Override
    public String aggregateId() {
        return needId;
    }

    @Override
    public String academieScope() {
        return academie;
    }
}
