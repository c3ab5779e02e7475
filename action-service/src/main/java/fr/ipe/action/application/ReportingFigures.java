package fr.ipe.action.application;

import fr.ipe.action.domain.ActionCommands.ReportAction;
import fr.ipe.action.query.ActionView;
import fr.ipe.contracts.action.ActionFigures;
import fr.ipe.platform.application.ExistingAggregates;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The action took place: whoever records it reports its figures, not before its last day, each at least the partners
 * it names (the aggregate's rules).
 */
@Component
public class ReportingFigures {

    private final ExistingAggregates<ActionView> actions;
    private final ActionAccess access;

    public ReportingFigures(ExistingAggregates<ActionView> actions, ActionAccess access) {
        this.actions = actions;
        this.access = access;
    }

    public ActionView report(String actionId, Long expectedVersion, ActionFigures figures, LocalDate reportedOn) {
        return actions.send(actionId, expectedVersion, access::requireRecord,
                version -> new ReportAction(actionId, figures, reportedOn, version));
    }
}
