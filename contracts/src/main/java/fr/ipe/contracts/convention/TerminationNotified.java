package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/** A party gave formal notice of termination (art. 12); it takes effect three months later unless withdrawn. */
@EventContract(type = "fr.ipe.convention.TerminationNotified.v1", topic = Topics.CONVENTIONS)
public record TerminationNotified(
        String conventionId,
        String academie,
        PartyRole party,
        LocalDate noticeOn,
        LocalDate effectiveOn,
        String reason) implements ConventionEvent {
}
