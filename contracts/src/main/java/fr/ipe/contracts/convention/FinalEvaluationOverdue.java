package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/** The final evaluation was not filed before 1 July of the convention's last year. */
@EventContract(type = "fr.ipe.convention.FinalEvaluationOverdue.v1", topic = Topics.CONVENTIONS)
public record FinalEvaluationOverdue(
        String conventionId,
        String academie,
        LocalDate dueOn) implements ConventionEvent {
}
