package fr.ipe.contracts.mission;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;
import java.util.List;

/**
 * The recteur issued (revision 1) or revised (revision 2, 3, ...) the mission letter of {@code schoolYear} (e.g.
 * {@code 2007-2008}), naming mission axes valid on {@code issuedOn} (annex 1, step 6).
 */
@EventContract(type = "fr.ipe.mission.MissionLetterIssued.v1", topic = Topics.MISSIONS)
public record MissionLetterIssued(
        String missionId,
        String academie,
        String schoolYear,
        int revision,
        List<String> axisCodes,
        String objectives,
        LocalDate issuedOn) implements MissionEvent {

    @Override
    public String aggregateId() {
        return missionId;
    }

    @Override
    public String academieScope() {
        return academie;
    }
}
