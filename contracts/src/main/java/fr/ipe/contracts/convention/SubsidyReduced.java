package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/**
 * The ministry reduced a year's subsidy by {@code amountCents} (sanction, art. 7).
 * Amounts in euro cents; {@code year} is the budget year.
 */
@EventContract(type = "fr.ipe.convention.SubsidyReduced.v1", topic = Topics.CONVENTIONS, alsoPublishedTo = Topics.FUNDING)
public record SubsidyReduced(
        String conventionId,
        int year,
        long amountCents,
        LocalDate reducedOn,
        String reason) implements ConventionEvent {
}
