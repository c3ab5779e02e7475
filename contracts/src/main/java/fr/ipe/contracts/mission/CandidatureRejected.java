package fr.ipe.contracts.mission;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/**
 * The recteur (the DGESCO for a national need) rejected the candidature, for {@code reason}.
 */
@EventContract(type = "fr.ipe.mission.CandidatureRejected.v1", topic = Topics.MISSIONS)
public record CandidatureRejected(
        String needId,
        String candidatureId,
        String academie,
        String reason,
        LocalDate rejectedOn) implements MissionEvent {

    @Override
    public String aggregateId() {
        return needId;
    }

    @Override
    public String academieScope() {
        return academie;
    }
}
