package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/**
 * The association's general assembly approving fiscal year {@code fiscalYear} was held: its documents are now due on
 * {@code documentsDueOn}, one month after the assembly and at the latest six months after the close (art. 2).
 */
@EventContract(type = "fr.ipe.convention.GeneralAssemblyHeld.v1", topic = Topics.CONVENTIONS)
public record GeneralAssemblyHeld(
        String conventionId,
        String academie,
        int fiscalYear,
        LocalDate heldOn,
        LocalDate documentsDueOn) implements ConventionEvent {
}
