package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * A convention was drafted. Money is in euro cents. {@code endDate} is the last day the convention is in force
 * (start + duration − 1 day). {@code academie} is null for the national convention. {@code objectives} is article 1,
 * which no avenant may change; {@code fiscalYearEnd} is the close of the association's fiscal year, from which the due
 * dates of its yearly documents follow; {@code budget} is annex 2 (null when the convention has none).
 */
@EventContract(type = "fr.ipe.convention.ConventionDrafted.v1", topic = Topics.CONVENTIONS)
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
        long annualSubsidyCents,
        MonthDay fiscalYearEnd,
        Budget budget,
        List<Annex> annexes) implements ConventionEvent {
}
