package fr.ipe.contracts.action;

import java.util.Set;

/**
 * The one lifecycle of an action, shared by action-service (its aggregate and its view) and reporting (the bilan):
 *
 * <pre>
 * PLANNED ─carried out (figures)→ CARRIED_OUT ─validated→ VALIDATED ─corrected (reason)→ CORRECTED ─validated→ VALIDATED
 * CARRIED_OUT ─corrected→ CORRECTED;   any status but CANCELLED ─cancelled→ CANCELLED
 * </pre>
 * Only validation makes figures count; a later validation replaces what the earlier one counted (a correction never
 * adds), a cancellation removes it. While a correction waits for validation the last validated state still counts.
 */
public final class ActionLifecycle {

    /** What a caller may ask of an action. */
    public enum Step {
        REPORT(Set.of(ActionStatus.PLANNED)),
        VALIDATE(Set.of(ActionStatus.CARRIED_OUT, ActionStatus.CORRECTED)),
        CORRECT(Set.of(ActionStatus.CARRIED_OUT, ActionStatus.VALIDATED, ActionStatus.CORRECTED)),
        CANCEL(Set.of(ActionStatus.PLANNED, ActionStatus.CARRIED_OUT, ActionStatus.VALIDATED, ActionStatus.CORRECTED));

        private final Set<ActionStatus> from;

        Step(Set<ActionStatus> from) {
            this.from = from;
        }

        public boolean allowedFrom(ActionStatus status) {
            return from.contains(status);
        }
    }

    private ActionLifecycle() {
    }

    /** The state after {@code event}; {@code current} is null before the action was planned. */
    public static ActionState after(ActionState current, ActionEvent event) {
        if (event instanceof ActionPlanned e) {
            return new ActionState(e.actionId(), e.academie(), ActionStatus.PLANNED, e.ipeIds(), e.themeSet(), e.theme(),
                    e.title(), e.firstDay(), e.lastDay(), e.partners(), e.conventionId(), null, null);
        }
        if (current == null) {
            throw new IllegalStateException("action " + event.actionId() + " has events before it was planned");
        }
        if (event instanceof ActionCarriedOut e) {
            return current.with(ActionStatus.CARRIED_OUT, current.theme(), current.firstDay(), current.lastDay(),
                    current.partners(), e.figures(), current.counted());
        }
        if (event instanceof ActionValidated) {
            CountedAction counted = new CountedAction(current.theme(), current.firstDay(), current.lastDay(),
                    current.partners(), current.figures());
            return current.with(ActionStatus.VALIDATED, current.theme(), current.firstDay(), current.lastDay(),
                    current.partners(), current.figures(), counted);
        }
        if (event instanceof ActionCorrected e) {
            return current.with(ActionStatus.CORRECTED, e.theme(), e.firstDay(), e.lastDay(), e.partners(), e.figures(),
                    current.counted());
        }
        if (event instanceof ActionCancelled) {
            return current.with(ActionStatus.CANCELLED, current.theme(), current.firstDay(), current.lastDay(),
                    current.partners(), current.figures(), null);
        }
        return current;
    }
}
