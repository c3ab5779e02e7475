package fr.ipe.contracts.mission;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/**
 * The recteur wrote (or rewrote) the need's specification, the cahier des charges (annex 1, step 4): objectives,
 * calendar, means and duration in months.
 */
@EventContract(type = "fr.ipe.mission.MissionSpecified.v1", topic = Topics.MISSIONS)
public record MissionSpecified(
        String needId,
        String academie,
        String objectives,
        String calendar,
        String means,
        int durationMonths,
        LocalDate specifiedOn) implements MissionEvent {

    @Override
    public String aggregateId() {
        return needId;
    }

    @Override
    public String academieScope() {
        return academie;
    }
}
