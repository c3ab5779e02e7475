package fr.ipe.platform.domain;

/**
 * A command broke a business rule. Plain Java, so aggregates can throw it without depending on Spring.
 * {@code rule} is a stable kebab-case name that becomes the problem {@code type}; {@code field} names the offending
 * input when there is one.
 */
public class RuleViolation extends RuntimeException {

    /** Whether the rule is about the request itself (422) or about the current state of the resource (409). */
    public enum Kind { UNPROCESSABLE, CONFLICT }

    private final Kind kind;
    private final String rule;
    private final String field;

    public RuleViolation(Kind kind, String rule, String field, String message) {
        super(message);
        this.kind = kind;
        this.rule = rule;
        this.field = field;
    }

    /** The request cannot be carried out whatever the state (HTTP 422). */
    public static RuleViolation unprocessable(String rule, String field, String message) {
        return new RuleViolation(Kind.UNPROCESSABLE, rule, field, message);
    }

    /** The request conflicts with the current state of the resource (HTTP 409). */
    public static RuleViolation conflict(String rule, String message) {
        return new RuleViolation(Kind.CONFLICT, rule, null, message);
    }

    /** The request's {@code field} conflicts with the current state, e.g. a value another resource holds (HTTP 409). */
    public static RuleViolation conflict(String rule, String field, String message) {
        return new RuleViolation(Kind.CONFLICT, rule, field, message);
    }

    public Kind kind() {
        return kind;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
