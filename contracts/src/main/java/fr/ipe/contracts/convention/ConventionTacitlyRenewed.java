package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/** An anniversary passed with every document filed in time: the convention goes on for another year (art. 2). */
@EventContract(type = "fr.ipe.convention.ConventionTacitlyRenewed.v1", topic = Topics.CONVENTIONS)
public record ConventionTacitlyRenewed(
        String conventionId,
        String academie,
        LocalDate anniversary,
        int conventionYear) implements ConventionEvent {
}
