package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/** The notice of termination took effect. */
@EventContract(type = "fr.ipe.convention.ConventionTerminated.v1", topic = Topics.CONVENTIONS)
public record ConventionTerminated(
        String conventionId,
        String academie,
        LocalDate on) implements ConventionEvent {
}
