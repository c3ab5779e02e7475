package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;
import java.util.List;

/** An avenant was proposed (art. 11); it applies once every party signed it. Null changes are left as they are. */
@EventContract(type = "fr.ipe.convention.AvenantProposed.v1", topic = Topics.CONVENTIONS)
public record AvenantProposed(
        String conventionId,
        String academie,
        String avenantId,
        int number,
        LocalDate proposedOn,
        String purpose,
        LocalDate endDate,
        Long subsidyTotalCents,
        Long annualSubsidyCents,
        Budget budget,
        List<Annex> annexes) implements ConventionEvent {
}
