package fr.ipe.contracts.action;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/** The action was cancelled, for {@code reason}: it no longer counts anywhere, even if it had been validated. */
@EventContract(type = "fr.ipe.action.ActionCancelled.v1", topic = Topics.ACTIONS)
public record ActionCancelled(
        String actionId,
        String academie,
        String reason,
        LocalDate cancelledOn) implements ActionEvent {
}
