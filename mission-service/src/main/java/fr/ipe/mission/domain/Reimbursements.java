package fr.ipe.mission.domain;

import fr.ipe.contracts.mission.ActivityMonths;
import fr.ipe.contracts.period.ReportingPeriod;
import java.math.BigInteger;
import java.time.LocalDate;

/**
 * The association's reimbursement to a company: a share of the IPE's yearly costs (salary allowance and travel, the two
 * lines of annex 2), pro rata by the days of activity exactly as {@link ActivityMonths} counts them (a year is 12
 * months). Amounts are whole euro cents, rounded down, computed without floating point. What becomes due is certified
 * school year by school year, each year's amount rounded down; so what is committed is the sum of those yearly amounts,
 * and what the certifications of a whole mission make due equals its commitment to the cent.
 */
public final class Reimbursements {

    private Reimbursements() {
    }

    /** The share of one year's costs the association reimburses. */
    public static long yearly(long salaryAllowanceCentsPerYear, long travelCentsPerYear, int sharePercent) {
        return BigInteger.valueOf(salaryAllowanceCentsPerYear).add(BigInteger.valueOf(travelCentsPerYear))
                .multiply(BigInteger.valueOf(sharePercent)).divide(BigInteger.valueOf(100)).longValueExact();
    }

    /** The reimbursement of the days {@code first}..{@code last} at {@code yearlyCents} a year. */
    public static long forDays(long yearlyCents, LocalDate first, LocalDate last) {
        long units = ActivityMonths.units(first, last, first, last);
        return BigInteger.valueOf(yearlyCents).multiply(BigInteger.valueOf(units))
                .divide(BigInteger.valueOf(12 * ActivityMonths.UNITS_PER_MONTH)).longValueExact();
    }

    /**
     * What the certifications of the days {@code first}..{@code last} can ever make due: for each school year they
     * touch, the reimbursement of its days ({@link #forDays}), as a certification computes it.
     */
    public static long certifiable(long yearlyCents, LocalDate first, LocalDate last) {
        long total = 0;
        for (ReportingPeriod year = ReportingPeriod.containing(first)[1]; !year.firstDay().isAfter(last);
                year = ReportingPeriod.schoolYear(year.lastDay().getYear())) {
            LocalDate from = first.isAfter(year.firstDay()) ? first : year.firstDay();
            LocalDate to = last.isBefore(year.lastDay()) ? last : year.lastDay();
            total = Math.addExact(total, forDays(yearlyCents, from, to));
        }
        return total;
    }
}
