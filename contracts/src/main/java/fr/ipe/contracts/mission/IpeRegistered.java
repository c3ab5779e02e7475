package fr.ipe.contracts.mission;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/**
 * An IPE was registered as a candidate of the member company {@code companySiret}. Carries the IPE's id only: the name, the
 * contact and the account stay in mission-service, encrypted with the IPE's own key (GDPR).
 */
@EventContract(type = "fr.ipe.mission.IpeRegistered.v1", topic = Topics.MISSIONS)
public record IpeRegistered(
        String ipeId,
        String companySiret,
        LocalDate registeredOn) implements MissionEvent {

    @Override
    public String aggregateId() {
        return ipeId;
    }
}
