package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/**
 * A year's subsidy was paid, in a single payment (art. 4): the notified amount less its reductions.
 * Amounts in euro cents; {@code year} is the budget year.
 */
@EventContract(type = "fr.ipe.convention.SubsidyPaid.v1", topic = Topics.CONVENTIONS, alsoPublishedTo = Topics.FUNDING)
public record SubsidyPaid(
        String conventionId,
        int year,
        long amountCents,
        LocalDate paidOn) implements ConventionEvent {
}
