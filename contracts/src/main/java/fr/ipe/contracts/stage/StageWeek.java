package fr.ipe.contracts.stage;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO week, written {@code 2026-W10}: the unit offers, needs and placements are counted in. Every consumer reads
 * weeks through this record, so they agree on the days a week covers (Monday to Sunday) and on its period.
 */
public record StageWeek(int year, int week) implements Comparable<StageWeek> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");
    /** The weeks the suite counts in: from 2000-W01 to 2100-W52 (the programme began in 2007). */
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    public StageWeek {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("ISO weeks run from " + FIRST_YEAR + "-W01 to " + LAST_YEAR + "-W"
                    + weeksIn(LAST_YEAR) + ", not " + written(year, week));
        }
        if (week < 1 || week > weeksIn(year)) {
            throw new IllegalArgumentException(year + " has " + weeksIn(year) + " ISO weeks, W01 to W" + weeksIn(year)
                    + ": " + written(year, week) + " does not exist");
        }
    }

    /** Reads {@code 2026-W10}; refuses anything else and a week the year does not have (W53 of a 52-week year). */
    public static StageWeek parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("an ISO week is written 2026-W10, not " + text);
        }
        return new StageWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static StageWeek of(LocalDate day) {
        return new StageWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** A compact sortable number, {@code 202610}, for indexes. */
    public int number() {
        return year * 100 + week;
    }

    public static StageWeek ofNumber(int number) {
        return new StageWeek(number / 100, number % 100);
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    private static int weeksIn(int year) {
        return LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    @Override
    public int compareTo(StageWeek other) {
        return Integer.compare(number(), other.number());
    }

    @Override
    public String toString() {
        return written(year, week);
    }

    private static String written(int year, int week) {
        return String.format("%04d-W%02d", year, week);
    }
}
