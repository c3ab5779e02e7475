package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/** Every party has signed: the convention binds them. {@code signedOn} is the date of the last signature. */
@EventContract(type = "fr.ipe.convention.ConventionSigned.v1", topic = Topics.CONVENTIONS)
public record ConventionSigned(
        String conventionId,
        String academie,
        LocalDate signedOn) implements ConventionEvent {
}
