package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/** The ministry suspended the payments of a year's subsidy (sanction, art. 7). */
@EventContract(type = "fr.ipe.convention.SubsidySuspended.v1", topic = Topics.CONVENTIONS, alsoPublishedTo = Topics.FUNDING)
public record SubsidySuspended(
        String conventionId,
        int year,
        LocalDate suspendedOn,
        String reason) implements ConventionEvent {
}
