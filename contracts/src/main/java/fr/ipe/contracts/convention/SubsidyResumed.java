package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/** The payments of a suspended year's subsidy may go on again. */
@EventContract(type = "fr.ipe.convention.SubsidyResumed.v1", topic = Topics.CONVENTIONS, alsoPublishedTo = Topics.FUNDING)
public record SubsidyResumed(
        String conventionId,
        int year,
        LocalDate resumedOn) implements ConventionEvent {
}
