package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * A convention was drafted. Money is in euro cents. {@code endDate} is the last day the convention is in force
 * (start + duration − 1 day). {@code academie} is null for the national convention and for a secondment agreement signed
 * by the central administration. {@code objectives} is article 1, which no avenant may change; {@code fiscalYearEnd} is
 * the close of the association's fiscal year, from which the due dates of its yearly documents follow;
 * {@code yearlySubsidyCents} is the forecast of each convention year (art. 4); {@code budget} is annex 2 (null when the
 * convention has none); {@code renewalOf} is the convention this one renews (art. 10), null otherwise.
 */
@EventContract(type = "fr.ipe.convention.ConventionDrafted.v2", topic = Topics.CONVENTIONS)
public record ConventionDrafted(
        String conventionId,
        ConventionKind kind,
        String title,
        String objectives,
        String academie,
        List<Party> parties,
        LocalDate startDate,
        int durationYears,
        LocalDate endDate,
        long subsidyTotalCents,
        List<Long> yearlySubsidyCents,
        MonthDay fiscalYearEnd,
        Budget budget,
        List<Annex> annexes,
        String renewalOf) implements ConventionEvent {
}
