package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/** A yearly document of the association was not filed by its due date. */
@EventContract(type = "fr.ipe.convention.AssociationDocumentOverdue.v1", topic = Topics.CONVENTIONS)
public record AssociationDocumentOverdue(
        String conventionId,
        String academie,
        int fiscalYear,
        AssociationDocument document,
        LocalDate dueOn) implements ConventionEvent {
}
