package fr.ipe.contracts.stage;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/**
 * The mentor follows {@code youngPeople} young people of établissement {@code uai} in the school year (the figure
 * replaces the previous one for that établissement and year).
 */
@EventContract(type = "fr.ipe.stage.MentoringRecorded.v1", topic = Topics.STAGES)
public record MentoringRecorded(
        String mentorId,
        String academie,
        String uai,
        String schoolYear,
        int youngPeople,
        LocalDate recordedOn) implements StageBankEvent {

    @Override
    public String aggregateId() {
        return mentorId;
    }
}
