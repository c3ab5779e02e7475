package fr.ipe.contracts.mission;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;
import java.util.List;

/**
 * The association's board adopted the national priorities of {@code year}, on the DGESCO's proposal of {@code proposedOn}
 * (annex 1); needs of that year may refer to them by code.
 */
@EventContract(type = "fr.ipe.mission.NationalPrioritiesAdopted.v1", topic = Topics.MISSIONS)
public record NationalPrioritiesAdopted(
        int year,
        List<NationalPriority> priorities,
        LocalDate proposedOn,
        LocalDate adoptedOn) implements MissionEvent {

    @Override
    public String aggregateId() {
        return "priorities-" + year;
    }
}
