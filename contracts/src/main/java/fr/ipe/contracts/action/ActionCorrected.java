package fr.ipe.contracts.action;

import fr.ipe.contracts.EventContract;
import fr.ipe.contracts.Topics;
import java.time.LocalDate;

/**
 * New figures (and possibly a new theme, period or partners) replace the reported ones, for {@code reason}. They count
 * only once validated again; until then the bilan keeps the last validated state.
 */
@EventContract(type = "fr.ipe.action.ActionCorrected.v1", topic = Topics.ACTIONS)
public record ActionCorrected(
        String actionId,
        String academie,
        String theme,
        LocalDate firstDay,
        LocalDate lastDay,
        ActionPartners partners,
        ActionFigures figures,
        String reason,
        LocalDate correctedOn) implements ActionEvent {
}
