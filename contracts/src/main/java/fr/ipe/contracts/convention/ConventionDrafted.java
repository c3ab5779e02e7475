package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.PublishedEvent;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;
import java.util.List;

/**
 * A convention was drafted. Money is in euro cents. {@code endDate} is the last day the convention is in force
 * (start + duration − 1 day). {@code academie} is null for the national convention.
 */
@EventContract(type = "fr.ipe.convention.ConventionDrafted.v1", topic = Topics.CONVENTIONS)
public record ConventionDrafted(
        String conventionId,
        ConventionKind kind,
        String title,
        String academie,
        List<Party> parties,
        LocalDate startDate,
        int durationYears,
        LocalDate endDate,
        long subsidyTotalCents,
        long annualSubsidyCents) implements PublishedEvent {

    @Override
    public String aggregateId() {
        return conventionId;
    }

    @Override
    public String academieScope() {
        return academie;
    }
}
