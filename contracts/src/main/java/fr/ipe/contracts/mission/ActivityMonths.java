package fr.ipe.contracts.mission;

import fr.ipe.contracts.period.ReportingPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Months of activity, counted pro rata by days: a day of a month of {@code n} days is {@code 1/n} month, so a whole
 * calendar month is one month whatever its length (February of a leap year too) and a mission from 16 January to
 * 15 February is 16/31 + 15/28 months. Months are the primary figure of the bilan (the 2007 bilan gives 639.8 months
 * for 53 IPE, which 53 × 12 cannot explain); full-time equivalent is months / 12.
 * <p>
 * Sums stay exact: activity is kept in units of {@code 1/377 580} month, the least common multiple of 28, 29, 30 and 31,
 * so every day of every month is a whole number of units and no rounding happens before the figure is shown.
 */
public final class ActivityMonths {

    /** Units in one month: lcm(28, 29, 30, 31). */
    public static final long UNITS_PER_MONTH = 377_580L;

    private ActivityMonths() {
    }

    /** Units of activity from {@code first} to {@code last} (inclusive) that fall within {@code from}..{@code to}. */
    public static long units(LocalDate first, LocalDate last, LocalDate from, LocalDate to) {
        LocalDate start = first.isAfter(from) ? first : from;
        LocalDate end = last.isBefore(to) ? last : to;
        long units = 0;
        for (YearMonth month = YearMonth.from(start); !month.atDay(1).isAfter(end); month = month.plusMonths(1)) {
            LocalDate monthStart = month.atDay(1).isBefore(start) ? start : month.atDay(1);
            LocalDate monthEnd = month.atEndOfMonth().isAfter(end) ? end : month.atEndOfMonth();
            long days = monthEnd.toEpochDay() - monthStart.toEpochDay() + 1;
            units += days * (UNITS_PER_MONTH / month.lengthOfMonth());
        }
        return units;
    }

    /** Months for {@code units}, to {@code scale} decimals (the bilan shows one), rounded half up. */
    public static BigDecimal months(long units, int scale) {
        return BigDecimal.valueOf(units).divide(BigDecimal.valueOf(UNITS_PER_MONTH), scale, RoundingMode.HALF_UP);
    }

    /** Full-time equivalent for {@code units}: months / 12, to {@code scale} decimals, rounded half up. */
    public static BigDecimal fullTimeEquivalent(long units, int scale) {
        return BigDecimal.valueOf(units).divide(BigDecimal.valueOf(UNITS_PER_MONTH * 12), scale, RoundingMode.HALF_UP);
    }

    /**
     * The activity of {@code activities} within {@code period}, summed exactly: the distinct IPE active on at least one
     * of its days, and their units ({@link MissionActivity#unitsWithin}). The one sum of IPE activity over a list of
     * missions; the bilan adds the same units and IPE per period as its facts arrive.
     */
    public static Total total(ReportingPeriod period, Collection<MissionActivity> activities) {
        Set<String> ipe = new HashSet<>();
        long units = 0;
        for (MissionActivity activity : activities) {
            long within = activity.unitsWithin(period);
            if (within > 0) {
                ipe.add(activity.ipeId());
                units += within;
            }
        }
        return new Total(ipe.size(), units);
    }

    /** IPE active in a period and their activity in units, shown as months and full-time equivalent to one decimal. */
    public record Total(long ipe, long units) {

        public BigDecimal months() {
            return ActivityMonths.months(units, 1);
        }

        public BigDecimal fullTimeEquivalent() {
            return ActivityMonths.fullTimeEquivalent(units, 1);
        }
    }
}
