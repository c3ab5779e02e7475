package fr.ipe.convention.domain;

import fr.ipe.contracts.convention.ConventionKind;
import fr.ipe.contracts.convention.Party;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Draft a convention. Amounts in euro cents. */
public record DraftConvention(
        @TargetAggregateIdentifier String conventionId,
        ConventionKind kind,
        String title,
        String academie,
        List<Party> parties,
        LocalDate startDate,
        int durationYears,
        long subsidyTotalCents,
        long annualSubsidyCents) {
}
