package fr.ipe.mission.domain;

import fr.ipe.contracts.period.ReportingPeriod;
import fr.ipe.platform.domain.DateOrder;
import fr.ipe.platform.domain.RuleViolation;
import java.time.LocalDate;

/**
 * The order of annex 1's steps, written once for every step of a need and a mission: the rectorat posts its need
 * (step 1), a company submits its candidate (2), the association pre-selects and the recteur selects or rejects (3),
 * the recteur writes the specification (4) and signs the delegation for the duration it sets (5), issues each school
 * year's mission letter (6), certifies each year once it is over (7), and the mission ends within its term (8). Each
 * step is dated on or after the one it follows; a refusal is a 422 naming the field and the rule
 * {@code <step>-before-<step it follows>}.
 */
public final class AnnexOneOrder {

    /** The steps, by the name their rules use and what the step is. */
    public enum Step {
        NEED("need", "the need's posting"),
        CANDIDATURE("candidature", "the candidature"),
        PRESELECTION("preselection", "the pre-selection"),
        SELECTION("selection", "the selection"),
        REJECTION("rejection", "the rejection"),
        SPECIFICATION("specification", "the specification"),
        DELEGATION("delegation", "the delegation"),
        LETTER("letter", "the mission letter");

        private final String rule;
        private final String what;

        Step(String rule, String what) {
            this.rule = rule;
            this.what = what;
        }
    }

    private AnnexOneOrder() {
    }

    /** {@code step}, dated {@code on} (the request's {@code field}), follows {@code previous}, dated {@code since}. */
    static void follows(Step step, LocalDate on, String field, Step previous, LocalDate since) {
        String rule = step == previous ? step.rule + "-before-previous-" + step.rule
                : step.rule + "-before-" + previous.rule;
        String explanation = step == previous ? step.what + " replaces the one of " + since + ", so follows it"
                : step.what + " follows " + previous.what + " (annex 1)";
        DateOrder.onOrAfter(on, since, field, rule, explanation);
    }

    /**
     * Step 5: the delegation runs for the months the specification set, from its start to the day before the same date
     * {@code months} later (1 September 2007 for 36 months: to 31 August 2010). Another term is signed only with the
     * reason why ({@code termReason}), which the mission keeps.
     */
    static void termAgrees(LocalDate start, LocalDate end, int months, String termReason) {
        LocalDate specifiedEnd = specifiedEnd(start, months);
        if (!end.equals(specifiedEnd) && (termReason == null || termReason.isBlank())) {
            throw RuleViolation.unprocessable("term-disagrees-with-specification", "endDate", "the specification sets "
                    + months + " months: from " + start + " the delegation runs to " + specifiedEnd
                    + "; another term needs its reason (termReason)");
        }
    }

    /** The last day of a term of {@code months} from {@code start}. */
    static LocalDate specifiedEnd(LocalDate start, int months) {
        return start.plusMonths(months).minusDays(1);
    }

    /**
     * Step 6: a mission letter directs a school year still to come or under way: it is issued after the delegation and
     * by the last day the mission is active in that year, never once the year is over.
     */
    static void letterInTime(LocalDate issuedOn, LocalDate signedOn, ReportingPeriod year, LocalDate lastDayInYear) {
        follows(Step.LETTER, issuedOn, "issuedOn", Step.DELEGATION, signedOn);
        if (issuedOn.isAfter(lastDayInYear)) {
            throw RuleViolation.unprocessable("letter-after-school-year", "issuedOn", "the letter of " + year.label()
                    + " directs the mission's work of that year, which ends on " + lastDayInYear
                    + ": it is issued by then, not on " + issuedOn);
        }
    }

    /**
     * Step 7: the recteur certifies days that are over, on the business calendar too: not before the last certified
     * day, and not on a date still to come.
     */
    static void certifiedInTime(LocalDate certifiedOn, ReportingPeriod year, LocalDate lastDay, LocalDate today) {
        if (certifiedOn.isBefore(lastDay)) {
            throw RuleViolation.unprocessable("period-not-over", "certifiedOn", "the recteur certifies days that are "
                    + "over: the activity of " + year.label() + " runs until " + lastDay);
        }
        if (certifiedOn.isAfter(today)) {
            throw RuleViolation.unprocessable("certified-in-the-future", "certifiedOn", "a certification is dated on "
                    + "the day it is given, not after today's business date " + today);
        }
    }
}
