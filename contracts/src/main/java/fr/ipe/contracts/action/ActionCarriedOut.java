package fr.ipe.contracts.action;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/** The action took place and its figures were reported; they count once the rectorat validated them. */
@EventContract(type = "fr.ipe.action.ActionCarriedOut.v1", topic = Topics.ACTIONS)
public record ActionCarriedOut(
        String actionId,
        String academie,
        ActionFigures figures,
        LocalDate reportedOn) implements ActionEvent {
}
