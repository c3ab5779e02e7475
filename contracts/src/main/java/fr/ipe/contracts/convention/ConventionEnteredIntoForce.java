package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/** The signed convention took effect on {@code on}. */
@EventContract(type = "fr.ipe.convention.ConventionEnteredIntoForce.v1", topic = Topics.CONVENTIONS)
public record ConventionEnteredIntoForce(
        String conventionId,
        String academie,
        LocalDate on) implements ConventionEvent {
}
