package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/**
 * The ministry claimed back {@code amountCents} of what was paid for a year (sanction, art. 7).
 * Amounts in euro cents; {@code year} is the budget year.
 */
@EventContract(type = "fr.ipe.convention.SubsidyReclaimed.v1", topic = Topics.CONVENTIONS, alsoPublishedTo = Topics.FUNDING)
public record SubsidyReclaimed(
        String conventionId,
        int year,
        long amountCents,
        LocalDate reclaimedOn,
        String reason) implements ConventionEvent {
}
