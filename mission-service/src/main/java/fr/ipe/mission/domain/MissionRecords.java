package fr.ipe.mission.domain;

import java.time.LocalDate;

/**
 * What a mission keeps for itself beyond its published events: these records are not {@code PublishedEvent}s, so the
 * Kafka publisher does not see them; the mission's view shows them.
 */
public final class MissionRecords {

    private MissionRecords() {
    }

    /**
     * The delegation was signed for another term than the specification's {@code specifiedMonths} (which would have
     * ended on {@code specifiedEnd}), for {@code reason} (annex 1, step 5).
     */
    public record DelegationTermJustified(String missionId, int specifiedMonths, LocalDate specifiedEnd,
                                          String reason) {
    }
}
