package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;
import java.util.List;

/**
 * An avenant was proposed (art. 11); it applies once every party signed it. Null changes are left as they are;
 * {@code annexes} replace the annexes of the same number (never annex 1).
 */
@EventContract(type = "fr.ipe.convention.AvenantProposed.v2", topic = Topics.CONVENTIONS)
public record AvenantProposed(
        String conventionId,
        String academie,
        String avenantId,
        int number,
        LocalDate proposedOn,
        String purpose,
        LocalDate endDate,
        Long subsidyTotalCents,
        List<Long> yearlySubsidyCents,
        Budget budget,
        List<Annex> annexes) implements ConventionEvent {
}
