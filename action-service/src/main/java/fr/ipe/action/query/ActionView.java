package fr.ipe.action.query;

import fr.ipe.contracts.action.ActionState;
import fr.ipe.contracts.action.ActionStatus;
import fr.ipe.platform.application.Versioned;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An action as the service shows it: its state by {@link fr.ipe.contracts.action.ActionLifecycle} (current content and
 * what the bilan counts), the corrections and their reasons, its dates of validation or cancellation, and the aggregate
 * version (the ETag, which a command's If-Match must name). Immutable; {@link ActionViewProjection} says what each
 * event changes.
 */
public record ActionView(
        String actionId,
        String academie,
        ActionStatus status,
        ActionState action,
        LocalDate plannedOn,
        LocalDate reportedOn,
        LocalDate validatedOn,
        List<Correction> corrections,
        Cancellation cancellation,
        long version) implements Versioned {

    public record Correction(LocalDate correctedOn, String reason) {
    }

    public record Cancellation(LocalDate cancelledOn, String reason) {
    }

    static ActionView planned(ActionState action, LocalDate plannedOn, long version) {
        return new ActionView(action.actionId(), action.academie(), action.status(), action, plannedOn, null, null,
                List.of(), null, version);
    }

    ActionView now(ActionState next, long nextVersion) {
        return new ActionView(actionId, academie, next.status(), next, plannedOn, reportedOn, validatedOn, corrections,
                cancellation, nextVersion);
    }

    ActionView reported(LocalDate on) {
        return new ActionView(actionId, academie, status, action, plannedOn, on, validatedOn, corrections,
                cancellation, version);
    }

    ActionView validated(LocalDate on) {
        return new ActionView(actionId, academie, status, action, plannedOn, reportedOn, on, corrections,
                cancellation, version);
    }

    ActionView corrected(Correction correction) {
        List<Correction> all = new ArrayList<>(corrections);
        all.add(correction);
        return new ActionView(actionId, academie, status, action, plannedOn, reportedOn, validatedOn, List.copyOf(all),
                cancellation, version);
    }

    ActionView cancelled(Cancellation why) {
        return new ActionView(actionId, academie, status, action, plannedOn, reportedOn, validatedOn, corrections, why,
                version);
    }
}
