package fr.ipe.action.application;

import fr.ipe.action.domain.ActionCommands.ValidateAction;
import fr.ipe.action.query.ActionView;
import fr.ipe.platform.application.ExistingAggregates;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The rectorat of the action's académie (the DGESCO for a national action) validates it as it stands: from then on the
 * bilan counts it, replacing what an earlier validation counted.
 */
@Component
public class ValidatingActions {

    private final ExistingAggregates<ActionView> actions;
    private final ActionAccess access;

    public ValidatingActions(ExistingAggregates<ActionView> actions, ActionAccess access) {
        this.actions = actions;
        this.access = access;
    }

    public ActionView validate(String actionId, Long expectedVersion, LocalDate validatedOn) {
        return actions.send(actionId, expectedVersion, access::requireValidate,
                version -> new ValidateAction(actionId, validatedOn, version));
    }
}
