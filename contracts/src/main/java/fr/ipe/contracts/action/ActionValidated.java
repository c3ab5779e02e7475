package fr.ipe.contracts.action;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/**
 * The rectorat (the DGESCO for a national action) validated the action as it stands: from now on its theme, period,
 * partners and figures are the ones the bilan counts, replacing whatever an earlier validation counted.
 */
@EventContract(type = "fr.ipe.action.ActionValidated.v1", topic = Topics.ACTIONS)
public record ActionValidated(
        String actionId,
        String academie,
        LocalDate validatedOn) implements ActionEvent {
}
