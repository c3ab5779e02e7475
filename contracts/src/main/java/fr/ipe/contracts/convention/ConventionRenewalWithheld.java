package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;
import java.util.List;

/** An anniversary passed with documents filed late or missing: the convention is not renewed and lapses (art. 2). */
@EventContract(type = "fr.ipe.convention.ConventionRenewalWithheld.v1", topic = Topics.CONVENTIONS)
public record ConventionRenewalWithheld(
        String conventionId,
        String academie,
        LocalDate anniversary,
        List<String> lateDocuments) implements ConventionEvent {
}
