package fr.ipe.convention.domain;

import fr.ipe.platform.domain.RuleViolation;

/** Exact arithmetic on amounts in euro cents: an amount that would overflow is refused, never wrapped around. */
final class Cents {

    private Cents() {
    }

    static long add(long a, long b, String field) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException overflow) {
            throw outOfRange(field);
        }
    }

    static long multiply(long a, long b, String field) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException overflow) {
            throw outOfRange(field);
        }
    }

    static RuleViolation outOfRange(String field) {
        return RuleViolation.unprocessable("amount-out-of-range", field, "the amount is too large to be computed exactly");
    }
}
