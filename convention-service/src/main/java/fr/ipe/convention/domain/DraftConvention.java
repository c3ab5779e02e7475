package fr.ipe.convention.domain;

import fr.ipe.contracts.convention.Annex;
import fr.ipe.contracts.convention.Budget;
import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.Party;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Draft a convention. Amounts in euro cents; a null fiscal year end means 31 December; budget and annexes are optional;
 * {@code renewalOf} names the convention this one renews (art. 10).
 */
public record DraftConvention(
        @TargetAggregateIdentifier String conventionId,
        ConventionKind kind,
        String title,
        String objectives,
        String academie,
        List<Party> parties,
        LocalDate startDate,
        int durationYears,
        long subsidyTotalCents,
        List<Long> yearlySubsidyCents,
        MonthDay fiscalYearEnd,
        Budget budget,
        List<Annex> annexes,
        String renewalOf) {
}
