package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/**
 * A new convention was concluded to follow this one (art. 10), once its final evaluation was filed: {@code successorId}
 * is the new convention, with its own terms, starting on {@code successorStartDate}. This one runs to its own term.
 */
@EventContract(type = "fr.ipe.convention.ConventionRenewed.v2", topic = Topics.CONVENTIONS)
public record ConventionRenewed(
        String conventionId,
        String academie,
        LocalDate renewedOn,
        String successorId,
        LocalDate successorStartDate) implements ConventionEvent {
}
