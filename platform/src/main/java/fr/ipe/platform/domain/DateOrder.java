package fr.ipe.platform.domain;

import java.time.LocalDate;

/**
 * The one check every lifecycle makes between its steps' dates: a step happens on or after the step it follows (a
 * withdrawal after its notice, a payment after its notification, a selection after its pre-selection). Plain Java, for
 * the services' domains; each service names its steps and rules, this says how a refusal reads.
 */
public final class DateOrder {

    private DateOrder() {
    }

    /**
     * Refuses (422, {@code rule} on {@code field}) a step dated {@code day} before {@code earlier}, the date of the step
     * it follows; {@code earlier} null means there is nothing to follow yet. {@code rule} names the step and the one it
     * follows, {@code explanation} says why, e.g. "the withdrawal follows the notice".
     */
    public static void onOrAfter(LocalDate day, LocalDate earlier, String field, String rule, String explanation) {
        if (earlier != null && day.isBefore(earlier)) {
            throw RuleViolation.unprocessable(rule, field, explanation + ": " + field + " " + day + " is before "
                    + earlier);
        }
    }
}
