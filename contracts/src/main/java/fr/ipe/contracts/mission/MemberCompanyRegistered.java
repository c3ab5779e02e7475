package fr.ipe.contracts.mission;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/**
 * A member company of the association was registered (reference data the association maintains), by its SIRET.
 */
@EventContract(type = "fr.ipe.mission.MemberCompanyRegistered.v1", topic = Topics.MISSIONS)
public record MemberCompanyRegistered(
        String siret,
        String name,
        LocalDate registeredOn) implements MissionEvent {

    @Override
    public String aggregateId() {
        return siret;
    }
}
