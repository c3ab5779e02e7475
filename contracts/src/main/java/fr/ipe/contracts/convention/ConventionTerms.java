package fr.ipe.contracts.convention;

import java.time.LocalDate;
import java.util.List;

/**
 * What an avenant may change (art. 11): dates, amounts, budget lines and annexes. Amounts in euro cents;
 * {@code endDate} is the last day in force.
 */
public record ConventionTerms(LocalDate startDate, LocalDate endDate, long subsidyTotalCents, long annualSubsidyCents,
                              Budget budget, List<Annex> annexes) {
}
