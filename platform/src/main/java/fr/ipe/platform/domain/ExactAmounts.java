package fr.ipe.platform.domain;

/**
 * Exact arithmetic on cents and counts: an overflow is a refused request (422 {@code amount-overflow}), never a
 * wrapped-around total. Plain Java, for aggregates and domain functions.
 */
public final class ExactAmounts {

    public static final String OVERFLOW = "amount-overflow";

    private ExactAmounts() {
    }

    public static long add(long a, long b, String field) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException overflow) {
            throw tooLarge(field);
        }
    }

    public static long subtract(long a, long b, String field) {
        try {
            return Math.subtractExact(a, b);
        } catch (ArithmeticException overflow) {
            throw tooLarge(field);
        }
    }

    public static long multiply(long a, long b, String field) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException overflow) {
            throw tooLarge(field);
        }
    }

    /** The exact sum of {@code amounts}. */
    public static long sum(Iterable<? extends Number> amounts, String field) {
        long total = 0;
        for (Number amount : amounts) {
            total = add(total, amount.longValue(), field);
        }
        return total;
    }

    private static RuleViolation tooLarge(String field) {
        return RuleViolation.unprocessable(OVERFLOW, field, "the amount is too large to be computed exactly");
    }
}
