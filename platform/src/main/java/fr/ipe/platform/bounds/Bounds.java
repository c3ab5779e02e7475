package fr.ipe.platform.bounds;

import java.time.LocalDate;

/**
 * The documented limits every service applies to what it is sent. Plain Java, so domains can use them too.
 * <ul>
 * <li>Amounts are euro cents within 0..{@value #MAX_CENTS} (10^13 cents: 100 billion euros), so that sums and
 * products over a convention's years and budget lines stay far from {@code long} overflow.</li>
 * <li>Counts (people, pupils, lines) are within 0..{@value #MAX_COUNT}.</li>
 * <li>Dates are within {@link #FIRST_DATE}..{@link #LAST_DATE}: the programme's conventions and their documents
 * all fall well inside, and no date arithmetic on them can leave {@link LocalDate}'s range.</li>
 * </ul>
 */
public final class Bounds {

    /** 10^13 euro cents = 100 000 000 000 euros. */
    public static final long MAX_CENTS = 10_000_000_000_000L;
    public static final long MAX_COUNT = 10_000_000L;
    public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(2199, 12, 31);

    private Bounds() {
    }

    public static boolean withinDateWindow(LocalDate date) {
        return !date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE);
    }
}
