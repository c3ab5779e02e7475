package fr.ipe.stagebank.domain;

import fr.ipe.contracts.stage.StageWeek;
import fr.ipe.platform.domain.RuleViolation;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The ISO weeks of an offer, a need or a placement: valid, distinct, sorted, within one school year's span. The bank
 * looks ahead: a week is past once it has begun (from its Monday on the business calendar), so it is no longer offered,
 * asked for, proposed or reserved; an offer whose last week has begun expires.
 */
public final class Weeks {

    /** A school year spans at most 53 ISO weeks; an offer or a need beyond it belongs to two years. */
    static final int MAX_SPAN_WEEKS = 53;

    private Weeks() {
    }

    /** The weeks written {@code 2026-W10}, sorted; refuses (422, on {@code field}) an invalid or repeated week. */
    public static SortedSet<StageWeek> parse(String field, Collection<String> weeks) {
        if (weeks == null || weeks.isEmpty()) {
            throw RuleViolation.unprocessable("weeks-required", field, "at least one ISO week (2026-W10) is required");
        }
        SortedSet<StageWeek> parsed = new TreeSet<>();
        for (String week : weeks) {
            if (!parsed.add(one(field, week))) {
                throw RuleViolation.unprocessable("week-repeated", field, "week " + week + " is listed twice");
            }
        }
        if (parsed.last().monday().toEpochDay() - parsed.first().monday().toEpochDay() >= MAX_SPAN_WEEKS * 7L) {
            throw RuleViolation.unprocessable("weeks-span", field, "the weeks span more than a school year ("
                    + parsed.first() + " to " + parsed.last() + ")");
        }
        return parsed;
    }

    /** One week written {@code 2026-W10}; refuses (422) anything else, saying which weeks there are. */
    public static StageWeek one(String field, String text) {
        try {
            return StageWeek.parse(text);
        } catch (IllegalArgumentException e) {
            throw RuleViolation.unprocessable("iso-week", field, field + ": " + e.getMessage());
        }
    }

    public static List<String> written(Collection<StageWeek> weeks) {
        return weeks.stream().sorted().map(StageWeek::toString).toList();
    }

    /** Whether {@code week} has begun on {@code today}: from its Monday on, it is past for the bank. */
    public static boolean hasBegun(StageWeek week, LocalDate today) {
        return !today.isBefore(week.monday());
    }

    /** The number ({@link StageWeek#number()}, 202610) of the ISO week {@code day} falls in, whatever its year. */
    public static int numberOfWeekOf(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR) * 100 + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** The weeks that have not begun on {@code today}. */
    public static SortedSet<StageWeek> ahead(Collection<StageWeek> weeks, LocalDate today) {
        TreeSet<StageWeek> ahead = new TreeSet<>();
        weeks.stream().filter(week -> !hasBegun(week, today)).forEach(ahead::add);
        return ahead;
    }

    /** An offer or a need has a week still to come (422 {@code weeks-past} otherwise). */
    static void requireSomeAhead(String field, SortedSet<StageWeek> weeks, LocalDate today) {
        if (ahead(weeks, today).isEmpty()) {
            throw RuleViolation.unprocessable("weeks-past", field, "every week has begun by " + today + " (the last, "
                    + weeks.last() + ", began on " + weeks.last().monday() + "): at least one week must be to come");
        }
    }

    /** Places are reserved before their week begins (422 {@code week-past} otherwise). */
    static void requireAhead(String field, SortedSet<StageWeek> weeks, LocalDate today) {
        for (StageWeek week : weeks) {
            if (hasBegun(week, today)) {
                throw RuleViolation.unprocessable("week-past", field, "week " + week + " began on " + week.monday()
                        + ": places are reserved before their week begins (today is " + today + ")");
            }
        }
    }
}
