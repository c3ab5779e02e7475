package fr.ipe.contracts.mission;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/**
 * A member company submitted its candidate {@code ipeId} for the need {@code needId} (annex 1, step 2).
 */
@EventContract(type = "fr.ipe.mission.CandidatureSubmitted.v1", topic = Topics.MISSIONS)
public record CandidatureSubmitted(
        String needId,
        String candidatureId,
        String ipeId,
        String companySiret,
        String academie,
        LocalDate submittedOn) implements MissionEvent {

    @Override
    public String aggregateId() {
        return needId;
    }

    @Override
    public String academieScope() {
        return academie;
    }
}
