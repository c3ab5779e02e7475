package fr.ipe.contracts.convention;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/** The final evaluation (art. 9) was filed; {@code late} when after its due date. */
@EventContract(type = "fr.ipe.convention.FinalEvaluationFiled.v1", topic = Topics.CONVENTIONS)
public record FinalEvaluationFiled(
        String conventionId,
        String academie,
        LocalDate dueOn,
        LocalDate filedOn,
        boolean late) implements ConventionEvent {
}
