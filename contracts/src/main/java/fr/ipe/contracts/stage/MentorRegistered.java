package fr.ipe.contracts.stage;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/**
 * A mentor (parrain: a volunteer, active or retired, from a company) joined the académie's mentoring; known by the
 * association's reference, not by name.
 */
@EventContract(type = "fr.ipe.stage.MentorRegistered.v1", topic = Topics.STAGES)
public record MentorRegistered(
        String mentorId,
        String academie,
        String reference,
        String companySiret,
        String companyName,
        MentorStatus status,
        LocalDate registeredOn) implements StageBankEvent {

    @Override
    public String aggregateId() {
        return mentorId;
    }
}
