package fr.ipe.mission.domain;

import fr.ipe.mission.domain.NeedCommands.PostNeed;
import fr.ipe.mission.domain.NeedCommands.SpecifyMission;
import fr.ipe.mission.domain.AnnexOneOrder.Step;
import fr.ipe.platform.domain.RuleViolation;
import java.time.LocalDate;

/** The rules of a need as posted and specified (annex 1, steps 1 and 4). */
final class NeedRules {

    /** A specification's duration: the programme's secondments last months to a few years (the 2007 budget: 4). */
    static final int MAX_DURATION_MONTHS = 72;

    private NeedRules() {
    }

    static void check(PostNeed need) {
        // the principle of non-substitution: an IPE never fills a post that belongs to civil servants
        if (!Boolean.TRUE.equals(need.nonSubstitutionDeclared())) {
            throw RuleViolation.unprocessable("non-substitution-required", "nonSubstitutionDeclared",
                    "the rectorat must declare that the post is not one of the civil service's (non-substitution)");
        }
        if (need.nonSubstitutionJustification() == null || need.nonSubstitutionJustification().isBlank()) {
            throw RuleViolation.unprocessable("non-substitution-required", "nonSubstitutionJustification",
                    "the non-substitution declaration needs its justification");
        }
        MissionAxes.requireValid(need.axisCodes(), need.postedOn(), "axisCodes");
        if ((need.priorityYear() == null) != (need.priorityCode() == null)) {
            throw RuleViolation.unprocessable("priority-incomplete", "priorityCode",
                    "a national priority is named by its year and its code, both");
        }
        if (need.priorityCode() != null && !need.priorityAdopted()) {
            throw RuleViolation.unprocessable("unknown-priority", "priorityCode", "priority " + need.priorityCode()
                    + " was not adopted by the board for " + need.priorityYear());
        }
    }

    /**
     * Step 4 follows the selection (step 3): the recteur specifies the mission of the IPE it selected, on or after the
     * selection ({@code selectedOn}, null when none) and after the specification it rewrites ({@code previousOn}).
     */
    static void check(SpecifyMission specification, LocalDate selectedOn, LocalDate previousOn) {
        if (specification.durationMonths() < 1 || specification.durationMonths() > MAX_DURATION_MONTHS) {
            throw RuleViolation.unprocessable("duration-out-of-range", "durationMonths",
                    "a mission lasts 1 to " + MAX_DURATION_MONTHS + " months");
        }
        if (selectedOn == null) {
            throw RuleViolation.conflict("no-selected-ipe", "the need has no selected IPE: the recteur selects one "
                    + "before writing the specification (annex 1, steps 3 and 4)");
        }
        AnnexOneOrder.follows(Step.SPECIFICATION, specification.specifiedOn(), "specifiedOn", Step.SELECTION,
                selectedOn);
        AnnexOneOrder.follows(Step.SPECIFICATION, specification.specifiedOn(), "specifiedOn", Step.SPECIFICATION,
                previousOn);
    }
}
