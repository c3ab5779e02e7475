package fr.ipe.contracts.mission;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/**
 * The mission ended (annex 1, step 8): {@code endedOn} is its last day of activity, at term or before it
 * ({@code early}), for {@code reason}.
 */
@EventContract(type = "fr.ipe.mission.MissionEnded.v1", topic = Topics.MISSIONS)
public record MissionEnded(
        String missionId,
        String ipeId,
        String academie,
        LocalDate endedOn,
        boolean early,
        String reason) implements MissionEvent {

    @Override
    public String aggregateId() {
        return missionId;
    }

    @Override
    public String academieScope() {
        return academie;
    }
}
