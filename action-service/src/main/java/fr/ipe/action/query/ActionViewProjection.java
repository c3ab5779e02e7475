package fr.ipe.action.query;

import fr.ipe.contracts.action.ActionCancelled;
import fr.ipe.contracts.action.ActionCarriedOut;
import fr.ipe.contracts.action.ActionCorrected;
import fr.ipe.contracts.action.ActionEvent;
import fr.ipe.contracts.action.ActionLifecycle;
import fr.ipe.contracts.action.ActionPlanned;
import fr.ipe.contracts.action.ActionValidated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code action_view} up to date in the command's own transaction (a subscribing processor), so a command answers
 * with the view it left. The state follows {@link ActionLifecycle}: the view restates no rule.
 */
@Component
@ProcessingGroup("action-view")
public class ActionViewProjection {

    private final ActionViewRepository views;

    public ActionViewProjection(ActionViewRepository views) {
        this.views = views;
    }

    @EventHandler
    void on(ActionEvent event, @SequenceNumber long version) {
        ActionView current = event instanceof ActionPlanned ? null : views.find(event.actionId()).orElseThrow(
                () -> new IllegalStateException("action " + event.actionId() + " has events but no view"));
        views.save(evolve(current, event, version));
    }

    /** The view after {@code event}, the aggregate's {@code version}-th; {@code current} is null before the plan. */
    public static ActionView evolve(ActionView current, ActionEvent event, long version) {
        if (event instanceof ActionPlanned planned) {
            return ActionView.planned(ActionLifecycle.after(null, planned), planned.plannedOn(), version);
        }
        ActionView next = current.now(ActionLifecycle.after(current.action(), event), version);
        if (event instanceof ActionCarriedOut e) {
            return next.reported(e.reportedOn());
        }
        if (event instanceof ActionValidated e) {
            return next.validated(e.validatedOn());
        }
        if (event instanceof ActionCorrected e) {
            return next.corrected(new ActionView.Correction(e.correctedOn(), e.reason()));
        }
        if (event instanceof ActionCancelled e) {
            return next.cancelled(new ActionView.Cancellation(e.cancelledOn(), e.reason()));
        }
        return next;
    }
}
