package fr.ipe.contracts.convention;

/** Where a convention stands in its lifecycle; {@link ConventionLifecycle} says how events move it. */
public enum ConventionStatus {
    /** Drafted, waiting for signatures. */
    DRAFTED,
    /** Signed by every party, not yet in effect. */
    SIGNED,
    /** In effect. */
    IN_FORCE,
    /** In effect, with its final evaluation filed (art. 9). */
    EVALUATED,
    /** Not renewed at an anniversary because documents were late or missing (art. 2). */
    LAPSED,
    /** Ended by a notice of termination that took effect (art. 12). */
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
