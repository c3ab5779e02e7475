package fr.ipe.mission.domain;

import fr.ipe.contracts.mission.ActivityMonths;
import java.math.BigInteger;
import java.time.LocalDate;

/**
 * The association's reimbursement to a company: a share of the IPE's yearly costs (salary allowance and travel, the two
 * lines of annex 2), pro rata by the days of activity exactly as {@link ActivityMonths} counts them (a year is 12
 * months). Amounts are whole euro cents, rounded down, computed without floating point.
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
}
