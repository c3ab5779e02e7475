package fr.ipe.contracts.period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period a bilan or a count is made for: a civil year ({@code 2007}, 1 January – 31 December) or a school year
 * ({@code 2019-2020}, 1 September – 31 August, national practice). Days are inclusive.
 */
public record ReportingPeriod(Kind kind, String label, LocalDate firstDay, LocalDate lastDay) {

    public enum Kind { CIVIL_YEAR, SCHOOL_YEAR }

    private static final Pattern CIVIL = Pattern.compile("(\\d{4})");
    private static final Pattern SCHOOL = Pattern.compile("(\\d{4})-(\\d{4})");

    public static ReportingPeriod civilYear(int year) {
        return new ReportingPeriod(Kind.CIVIL_YEAR, Integer.toString(year), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
    }

    /** The school year starting in September of {@code firstYear}, written {@code firstYear-(firstYear+1)}. */
    public static ReportingPeriod schoolYear(int firstYear) {
        return new ReportingPeriod(Kind.SCHOOL_YEAR, firstYear + "-" + (firstYear + 1), LocalDate.of(firstYear, 9, 1),
                LocalDate.of(firstYear + 1, 8, 31));
    }

    /** Reads {@code 2007} or {@code 2019-2020}; refuses anything else, and a school year whose years do not follow. */
    public static ReportingPeriod parse(String text) {
        if (text != null) {
            Matcher civil = CIVIL.matcher(text);
            if (civil.matches()) {
                return civilYear(Integer.parseInt(civil.group(1)));
            }
            Matcher school = SCHOOL.matcher(text);
            if (school.matches() && Integer.parseInt(school.group(2)) == Integer.parseInt(school.group(1)) + 1) {
                return schoolYear(Integer.parseInt(school.group(1)));
            }
        }
        throw new IllegalArgumentException("a period is a civil year (2007) or a school year (2019-2020), not " + text);
    }

    /** The civil year and the school year that contain {@code day}. */
    public static ReportingPeriod[] containing(LocalDate day) {
        int schoolStart = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
        return new ReportingPeriod[] {civilYear(day.getYear()), schoolYear(schoolStart)};
    }

    /** The period of the same kind just before: 2006 for 2007, 2018-2019 for 2019-2020. */
    public ReportingPeriod previous() {
        return kind == Kind.CIVIL_YEAR ? civilYear(firstDay.getYear() - 1) : schoolYear(firstDay.getYear() - 1);
    }

    /** Every civil and school year a span of days ({@code first} to {@code last}, inclusive) touches, in time order. */
    public static List<ReportingPeriod> touching(LocalDate first, LocalDate last) {
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int year = first.getYear() - 1; year <= last.getYear(); year++) {
            for (ReportingPeriod period : new ReportingPeriod[] {civilYear(year), schoolYear(year)}) {
                if (period.overlaps(first, last)) {
                    periods.add(period);
                }
            }
        }
        return periods;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public boolean overlaps(LocalDate first, LocalDate last) {
        return !first.isAfter(lastDay) && !last.isBefore(firstDay);
    }
}
