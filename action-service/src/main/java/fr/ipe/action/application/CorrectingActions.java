package fr.ipe.action.application;

import fr.ipe.action.domain.ActionCommands.CancelAction;
import fr.ipe.action.domain.ActionCommands.CorrectAction;
import fr.ipe.action.query.ActionView;
import fr.ipe.contracts.action.ActionFigures;
import fr.ipe.contracts.action.ActionPartners;
import fr.ipe.platform.application.ExistingAggregates;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * What was recorded of an action put right, each time with a reason: a correction replaces its theme, period, partners
 * and figures (it counts once validated again), a cancellation removes it from every bilan.
 */
@Component
public class CorrectingActions {

    /** An action's new content and why: the body of {@code POST /api/actions/{id}/corrections}. */
    public interface Correction {
        String theme();

        LocalDate firstDay();

        LocalDate lastDay();

        ActionPartners namedPartners();

        ActionFigures correctedFigures();

        String reason();

        LocalDate correctedOn();
    }

    private final ExistingAggregates<ActionView> actions;
    private final ActionAccess access;

    public CorrectingActions(ExistingAggregates<ActionView> actions, ActionAccess access) {
        this.actions = actions;
        this.access = access;
    }

    public ActionView correct(String actionId, Long expectedVersion, Correction correction) {
        return actions.send(actionId, expectedVersion, access::requireRecord,
                version -> new CorrectAction(actionId, correction.theme(), correction.firstDay(),
                        correction.lastDay(), correction.namedPartners(), correction.correctedFigures(),
                        correction.reason(), correction.correctedOn(), version));
    }

    public ActionView cancel(String actionId, Long expectedVersion, String reason, LocalDate cancelledOn) {
        return actions.send(actionId, expectedVersion, access::requireRecord,
                version -> new CancelAction(actionId, reason, cancelledOn, version));
    }
}
