package fr.ipe.contracts.convention;

/**
 * The one status machine of a convention: the status an event leaves a convention in. The aggregate, the service's own
 * view and every consumer of the published events use it, so they cannot disagree.
 *
 * <pre>
 * DRAFTED ─signed→ SIGNED ─entered into force→ IN_FORCE ─final evaluation→ EVALUATED
 * IN_FORCE | EVALUATED ─anniversary with late documents→ LAPSED   (art. 2)
 *                      ─end of term→ EXPIRED
 *                      ─notice took effect→ TERMINATED           (art. 12)
 * </pre>
 * A renewal (art. 10) is a new convention: it does not change the status of the one it follows.
 */
public final class ConventionLifecycle {

    private ConventionLifecycle() {
    }

    /** The status after {@code event}; {@code current} is null before the convention was drafted. */
    public static ConventionStatus after(ConventionStatus current, ConventionEvent event) {
        if (event instanceof ConventionDrafted) {
            return ConventionStatus.DRAFTED;
        }
        if (event instanceof ConventionSigned) {
            return ConventionStatus.SIGNED;
        }
        if (event instanceof ConventionEnteredIntoForce) {
            return ConventionStatus.IN_FORCE;
        }
        if (event instanceof FinalEvaluationFiled) {
            return current == ConventionStatus.IN_FORCE ? ConventionStatus.EVALUATED : current;
        }
        if (event instanceof ConventionRenewalWithheld) {
            return ConventionStatus.LAPSED;
        }
        if (event instanceof ConventionExpired) {
            return ConventionStatus.EXPIRED;
        }
        if (event instanceof ConventionTerminated) {
            return ConventionStatus.TERMINATED;
        }
        return current;
    }
}
