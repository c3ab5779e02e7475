package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/**
 * An installment of a notified yearly subsidy was paid.
 * Amounts in euro cents; {@code year} is the budget year.
 */
@EventContract(type = "fr.ipe.convention.SubsidyInstallmentPaid.v1", topic = Topics.CONVENTIONS, alsoPublishedTo = Topics.FUNDING)
public record SubsidyInstallmentPaid(
        String conventionId,
        int year,
        long amountCents,
        LocalDate paidOn) implements ConventionEvent {
}
