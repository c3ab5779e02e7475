package fr.ipe.action.application;

import fr.ipe.action.domain.ActionCommands.PlanAction;
import fr.ipe.action.query.ActionView;
import fr.ipe.contracts.action.ActionPartners;
import fr.ipe.platform.application.ExistingAggregates;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * An action planned in an académie by its IPE or its rectorat, or at the national level by the DGESCO. What it may
 * state (a theme of the set in force on its first day, a period of at most 400 days, établissements by checked UAI and
 * companies by valid SIRET, each named once) is the aggregate's rule ({@code ActionRules}).
 */
@Component
public class PlanningActions {

    /** What an action is planned with: the body of {@code POST /api/actions}. */
    public interface ActionPlan {
        /** Null: an action at the national level. */
        String academie();

        List<String> ipeIds();

        String theme();

        String title();

        LocalDate firstDay();

        LocalDate lastDay();

        LocalDate plannedOn();

        ActionPartners namedPartners();

        String conventionId();
    }

    private final ExistingAggregates<ActionView> actions;
    private final ActionAccess access;

    public PlanningActions(ExistingAggregates<ActionView> actions, ActionAccess access) {
        this.actions = actions;
        this.access = access;
    }

    public ActionView plan(ActionPlan plan) {
        access.requireRecord(plan.academie());
        String actionId = UUID.randomUUID().toString();
        return actions.create(actionId, new PlanAction(actionId, plan.academie(), plan.ipeIds(), plan.theme(),
                plan.title(), plan.firstDay(), plan.lastDay(), plan.namedPartners(), plan.conventionId(),
                plan.plannedOn()));
    }
}
