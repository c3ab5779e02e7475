package fr.ipe.stagebank.domain;

import fr.ipe.contracts.stage.MentorStatus;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Commands of a mentor ("parrain") of the académie. */
public final class MentorCommands {

    private MentorCommands() {
    }

    /** {@code reference}: the association's reference for the mentor; no name is kept. */
    public record RegisterMentor(@TargetAggregateIdentifier String mentorId, String academie, String reference,
                                 String companySiret, String companyName, MentorStatus status, LocalDate on) {
    }

    /** How many young people of établissement {@code uai} the mentor follows in the school year. */
    public record RecordMentoring(@TargetAggregateIdentifier String mentorId, String uai, String schoolYear,
                                  int youngPeople, LocalDate on, @TargetAggregateVersion Long expectedVersion) {
    }
}
