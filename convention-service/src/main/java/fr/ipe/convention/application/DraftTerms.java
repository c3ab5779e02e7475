package fr.ipe.convention.application;

import fr.ipe.contracts.convention.Annex;
import fr.ipe.contracts.convention.Budget;
import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.Party;
import fr.ipe.convention.domain.DraftConvention;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * What a new convention states of itself, drafted or concluded as a renewal (art. 10): its title and objectives (art.
 * 1), its start and duration (art. 2), the State subsidy and its yearly forecast (art. 4; none but for the national
 * convention), the association's fiscal year end (null: 31 December, or the renewed convention's), the provisional
 * budget (annex 2) and its annexes. Amounts in euro cents.
 */
public record DraftTerms(String title, String objectives, LocalDate startDate, int durationYears,
                         long subsidyTotalCents, List<Long> yearlySubsidyCents, MonthDay fiscalYearEnd,
                         Budget budget, List<Annex> annexes) {

    /** The command drafting convention {@code conventionId} of these terms between {@code parties}. */
    DraftConvention draft(String conventionId, ConventionKind kind, String academie, List<Party> parties,
                          MonthDay defaultFiscalYearEnd, String renewalOf) {
        return new DraftConvention(conventionId, kind, title, objectives, academie, parties, startDate, durationYears,
                subsidyTotalCents, yearlySubsidyCents, fiscalYearEnd == null ? defaultFiscalYearEnd : fiscalYearEnd,
                budget, annexes, renewalOf);
    }
}
