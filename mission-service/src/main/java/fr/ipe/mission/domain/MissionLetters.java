package fr.ipe.mission.domain;

import fr.ipe.contracts.mission.MissionActivity;
import fr.ipe.contracts.period.ReportingPeriod;
import fr.ipe.mission.domain.AnnexOneOrder.Step;
import fr.ipe.mission.domain.MissionCommands.CertifyMission;
import fr.ipe.mission.domain.MissionCommands.IssueMissionLetter;
import fr.ipe.platform.domain.ReportingPeriods;
import fr.ipe.platform.domain.RuleViolation;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The yearly side of a mission (annex 1, steps 6 and 7): one mission letter per school year, revisable, issued while
 * the year is still to come or under way and naming axes valid when it is issued; and one certification per school
 * year, by the recteur, of a year that has a letter and whose days of activity are over. A certification makes the
 * reimbursement of the certified days due.
 */
final class MissionLetters {

    private final Map<String, Integer> revisions = new HashMap<>();
    private final Map<String, LocalDate> issuedOn = new HashMap<>();
    private final Set<String> certified = new HashSet<>();
    private LocalDate lastCertifiedDay;

    /** The school year of the letter, checked against the mission's activity; answers the letter's revision. */
    int check(IssueMissionLetter letter, MissionActivity activity, LocalDate signedOn) {
        ReportingPeriod year = schoolYear(letter.schoolYear());
        if (!year.overlaps(activity.firstDay(), activity.lastDay())) {
            throw RuleViolation.unprocessable("school-year-outside-mission", "schoolYear", "the mission runs from "
                    + activity.firstDay() + " to " + activity.lastDay() + ", outside " + year.label());
        }
        LocalDate lastDayInYear = year.lastDay().isAfter(activity.lastDay()) ? activity.lastDay() : year.lastDay();
        AnnexOneOrder.letterInTime(letter.issuedOn(), signedOn, year, lastDayInYear);
        AnnexOneOrder.follows(Step.LETTER, letter.issuedOn(), "issuedOn", Step.LETTER, issuedOn.get(year.label()));
        MissionAxes.requireValid(letter.axisCodes(), letter.issuedOn(), "axisCodes");
        return revisions.getOrDefault(year.label(), 0) + 1;
    }

    /** The days of the school year the certification covers (whether they are over: {@link AnnexOneOrder}). */
    ReportingPeriod check(CertifyMission certification, MissionActivity activity) {
        ReportingPeriod year = schoolYear(certification.schoolYear());
        if (!revisions.containsKey(year.label())) {
            throw RuleViolation.conflict("no-mission-letter", "no mission letter for " + year.label()
                    + ": the recteur certifies the execution of a mission letter");
        }
        if (certified.contains(year.label())) {
            throw RuleViolation.conflict("already-certified", year.label() + " is already certified");
        }
        LocalDate first = year.firstDay().isBefore(activity.firstDay()) ? activity.firstDay() : year.firstDay();
        LocalDate last = year.lastDay().isAfter(activity.lastDay()) ? activity.lastDay() : year.lastDay();
        return new ReportingPeriod(ReportingPeriod.Kind.SCHOOL_YEAR, year.label(), first, last);
    }

    void issued(String schoolYear, int revision, LocalDate on) {
        revisions.put(schoolYear, revision);
        issuedOn.put(schoolYear, on);
    }

    void certified(String schoolYear, LocalDate periodEnd) {
        certified.add(schoolYear);
        if (lastCertifiedDay == null || periodEnd.isAfter(lastCertifiedDay)) {
            lastCertifiedDay = periodEnd;
        }
    }

    /** The last day already certified: a mission cannot end before it. */
    LocalDate lastCertifiedDay() {
        return lastCertifiedDay;
    }

    /** The school year {@code label} names; a period that does not parse, or a civil year, is an invalid period. */
    private static ReportingPeriod schoolYear(String label) {
        ReportingPeriod period = ReportingPeriods.parse("schoolYear", label);
        if (period.kind() != ReportingPeriod.Kind.SCHOOL_YEAR) {
            throw RuleViolation.unprocessable(ReportingPeriods.RULE, "schoolYear",
                    "a mission letter is for a school year such as 2007-2008, not " + label);
        }
        return period;
    }
}
