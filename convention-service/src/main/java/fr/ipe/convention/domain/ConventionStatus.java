package fr.ipe.convention.domain;

/** Where a convention stands in its lifecycle. */
public enum ConventionStatus {
    /** Drafted, waiting for signatures. */
    DRAFTED,
    /** Signed by every party, not yet in effect (or renewed for a period that has not begun). */
    SIGNED,
    /** In effect. */
    IN_FORCE,
    /** In effect, with its final evaluation filed. */
    EVALUATED,
    /** Not renewed at an anniversary because documents were late or missing. */
    LAPSED,
    /** Ended by a notice of termination that took effect. */
    TERMINATED,
    /** Reached the end of its term. */
    EXPIRED;

    public boolean inForce() {
        return this == IN_FORCE || this == EVALUATED;
    }

    public boolean ended() {
        return this == LAPSED || this == TERMINATED || this == EXPIRED;
    }
}
