package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/**
 * The association sent the ministry the copy of a declaration it made on {@code declaredOn} (art. 6, "sans délai", read
 * as by {@code dueOn}, one month later); {@code late} when sent after that.
 */
@EventContract(type = "fr.ipe.convention.DeclarationCopyFiled.v1", topic = Topics.CONVENTIONS)
public record DeclarationCopyFiled(
        String conventionId,
        String academie,
        AssociationDeclaration declaration,
        LocalDate declaredOn,
        LocalDate dueOn,
        LocalDate filedOn,
        boolean late) implements ConventionEvent {
}
