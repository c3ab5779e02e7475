package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/** The convention reached the end of its term. */
@EventContract(type = "fr.ipe.convention.ConventionExpired.v1", topic = Topics.CONVENTIONS)
public record ConventionExpired(
        String conventionId,
        String academie,
        LocalDate on) implements ConventionEvent {
}
