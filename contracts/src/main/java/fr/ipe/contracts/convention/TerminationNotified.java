package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/**
 * A party gave formal notice of termination (art. 12) because the other did not respect the commitment of article
 * {@code breachedArticle}; it takes effect three months later unless withdrawn by the party that gave it.
 */
@EventContract(type = "fr.ipe.convention.TerminationNotified.v2", topic = Topics.CONVENTIONS)
public record TerminationNotified(
        String conventionId,
        String academie,
        PartyRole party,
        LocalDate noticeOn,
        LocalDate effectiveOn,
        int breachedArticle,
        String reason) implements ConventionEvent {
}
