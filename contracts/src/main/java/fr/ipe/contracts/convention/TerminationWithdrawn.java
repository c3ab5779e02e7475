package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/** The party that gave notice of termination withdrew it before it took effect. */
@EventContract(type = "fr.ipe.convention.TerminationWithdrawn.v2", topic = Topics.CONVENTIONS)
public record TerminationWithdrawn(
        String conventionId,
        String academie,
        PartyRole party,
        LocalDate withdrawnOn) implements ConventionEvent {
}
