package fr.ipe.contracts.mission;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/**
 * The association, with the companies, pre-selected the candidature (annex 1, step 2).
 */
@EventContract(type = "fr.ipe.mission.CandidaturePreselected.v1", topic = Topics.MISSIONS)
public record CandidaturePreselected(
        String needId,
        String candidatureId,
        String academie,
        LocalDate preselectedOn) implements MissionEvent {

    @Override
    public String aggregateId() {
        return needId;
    }

    @Override
    public String academieScope() {
        return academie;
    }
}
