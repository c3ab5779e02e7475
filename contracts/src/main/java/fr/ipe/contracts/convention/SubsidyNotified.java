package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/**
 * A yearly subsidy amount was notified to the association (art. 4).
 * Amounts in euro cents; {@code year} is the budget year.
 */
@EventContract(type = "fr.ipe.convention.SubsidyNotified.v1", topic = Topics.CONVENTIONS, alsoPublishedTo = Topics.FUNDING)
public record SubsidyNotified(
        String conventionId,
        int year,
        long amountCents,
        LocalDate notifiedOn) implements ConventionEvent {
}
