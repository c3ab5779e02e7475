package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/** The evaluated convention was renewed for a new period (art. 10), with its own subsidy. */
@EventContract(type = "fr.ipe.convention.ConventionRenewed.v1", topic = Topics.CONVENTIONS)
public record ConventionRenewed(
        String conventionId,
        String academie,
        LocalDate renewedOn,
        LocalDate startDate,
        LocalDate endDate,
        int durationYears,
        long subsidyTotalCents,
        long annualSubsidyCents) implements ConventionEvent {
}
