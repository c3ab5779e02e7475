package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/** The association filed a yearly document; {@code late} when after its due date. */
@EventContract(type = "fr.ipe.convention.AssociationDocumentFiled.v1", topic = Topics.CONVENTIONS)
public record AssociationDocumentFiled(
        String conventionId,
        String academie,
        int fiscalYear,
        AssociationDocument document,
        LocalDate dueOn,
        LocalDate filedOn,
        boolean late) implements ConventionEvent {
}
