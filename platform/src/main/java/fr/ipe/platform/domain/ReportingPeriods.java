package fr.ipe.platform.domain;

import fr.ipe.contracts.period.ReportingPeriod;

/** Reading a period from a request: one rule ({@code invalid-period}, 422 naming the field) for every service. */
public final class ReportingPeriods {

    public static final String RULE = "invalid-period";

    private ReportingPeriods() {
    }

    /**
     * The civil year ({@code 2007}) or school year ({@code 2019-2020}) {@code text} names.
     *
     * @throws RuleViolation 422 {@code invalid-period} naming {@code field} for anything else
     */
    public static ReportingPeriod parse(String field, String text) {
        try {
            return ReportingPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            throw RuleViolation.unprocessable(RULE, field, e.getMessage());
        }
    }
}
