package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/** Every party signed the avenant: the convention's terms are now {@code terms}. */
@EventContract(type = "fr.ipe.convention.AvenantApplied.v2", topic = Topics.CONVENTIONS)
public record AvenantApplied(
        String conventionId,
        String academie,
        String avenantId,
        int number,
        LocalDate appliedOn,
        ConventionTerms terms) implements ConventionEvent {
}
