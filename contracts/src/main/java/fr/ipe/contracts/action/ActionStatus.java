package fr.ipe.contracts.action;

/** Where an action stands; {@link ActionLifecycle} says how events move it. */
public enum ActionStatus {
    /** Planned, nothing reported yet. */
    PLANNED,
    /** Took place, figures reported, waiting for the rectorat's validation. */
    CARRIED_OUT,
    /** Validated: its figures count. */
    VALIDATED,
    /** Corrected after being reported, waiting for a new validation (the last validated figures still count). */
    CORRECTED,
    /** Cancelled: counts nowhere. */
    CANCELLED
}
