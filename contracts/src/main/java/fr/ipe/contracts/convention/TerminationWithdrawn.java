package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/** The notice of termination was withdrawn before it took effect. */
@EventContract(type = "fr.ipe.convention.TerminationWithdrawn.v1", topic = Topics.CONVENTIONS)
public record TerminationWithdrawn(
        String conventionId,
        String academie,
        LocalDate withdrawnOn) implements ConventionEvent {
}
