package fr.ipe.contracts.convention;

import java.time.LocalDate;
import java.util.List;

/**
 * What an avenant may change (art. 11): dates, amounts, budget lines and annexes other than annex 1. Amounts in euro
 * cents; {@code endDate} is the last day in force; {@code yearlySubsidyCents} is the forecast subsidy of each convention
 * year (art. 4: years after the first "subject to the credits of the finance law", so they may differ), adding up to
 * {@code subsidyTotalCents}; empty for conventions without subsidy.
 */
public record ConventionTerms(LocalDate startDate, LocalDate endDate, long subsidyTotalCents,
                              List<Long> yearlySubsidyCents, Budget budget, List<Annex> annexes) {
}
