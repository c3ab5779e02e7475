package fr.ipe.stagebank.domain;

import fr.ipe.contracts.period.ReportingPeriod;
import fr.ipe.platform.domain.ReportingPeriods;
import fr.ipe.platform.domain.RuleViolation;
import java.time.LocalDate;

/**
 * The school years of a commitment: written 2009-2010, renewed one year at a time, the next one only, and decided
 * before the year is over (a company commits to host trainees in a year to come or under way, not in one gone).
 */
final class CommitmentYears {

    /** A company hosting beyond this many trainees a year commits per establishment or bassin, not at once. */
    static final int MAX_TRAINEES = 500;

    private CommitmentYears() {
    }

    /** The school year {@code text} names; any other period, or none, is refused as every period is (422). */
    static ReportingPeriod schoolYear(String field, String text) {
        ReportingPeriod period = ReportingPeriods.parse(field, text);
        if (period.kind() != ReportingPeriod.Kind.SCHOOL_YEAR) {
            throw RuleViolation.unprocessable(ReportingPeriods.RULE, field, "a school year is written 2009-2010, not "
                    + text);
        }
        return period;
    }

    /** A commitment, a renewal or a refusal is about a school year not over on {@code today} (422 otherwise). */
    static void requireNotOver(String field, ReportingPeriod year, LocalDate today) {
        if (today.isAfter(year.lastDay())) {
            throw RuleViolation.unprocessable("school-year-over", field, "the school year " + year.label()
                    + " ended on " + year.lastDay() + ": a commitment is for a school year to come or under way");
        }
    }

    static void requireTrainees(int trainees) {
        if (trainees < 1 || trainees > MAX_TRAINEES) {
            throw RuleViolation.unprocessable("trainees", "trainees", "a company commits to host 1 to " + MAX_TRAINEES
                    + " trainees a year");
        }
    }

    /** The school year after {@code current}: the only one a renewal or a refusal may be about. */
    static void requireNext(String field, ReportingPeriod current, ReportingPeriod asked) {
        if (!asked.firstDay().equals(current.firstDay().plusYears(1))) {
            throw RuleViolation.unprocessable("commitment-next-year", field, "the commitment runs for "
                    + current.label() + "; only " + (current.firstDay().getYear() + 1) + "-"
                    + (current.firstDay().getYear() + 2) + " may be renewed or declined");
        }
    }
}
